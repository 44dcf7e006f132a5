/** The key of the saved work in storage. */
export const savedStateKey = 'neural-structure/state';
