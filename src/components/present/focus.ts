/** True when no element holds the focus (the one that had it has left the page). */
export const lostFocus = (): boolean => !document.activeElement || document.activeElement === document.body;
