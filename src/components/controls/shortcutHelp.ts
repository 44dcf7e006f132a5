import type { ShortcutCommand } from '../../hooks/shortcuts';

/** What each keyboard shortcut does, as the help overlay says it (in the help's chunk, not the first one). */
export const shortcutActions: Readonly<Record<ShortcutCommand, string>> = {
  stepForward: 'Next step',
  stepBack: 'Previous step',
  togglePlay: 'Play or pause',
  nextPhase: 'Start of the next phase',
  previousPhase: 'Start of this phase, or of the previous one',
  seekFirst: 'First step',
  seekLast: 'Last step',
  toggleDetail: 'Detailed sub-steps, or one step per δ',
  toggleHelp: 'Show or hide this help',
  closeHelp: 'Close this help',
  undo: 'Undo the last edit or training (in a text field: undo typing)',
  redo: 'Redo what was undone',
  togglePresenting: 'Presentation mode for a projector, on or off',
  exitPresentation: 'Leave presentation mode',
  largerLabels: 'Presenting: larger labels and formulas',
  smallerLabels: 'Presenting: smaller labels and formulas',
  toggleSpotlight: 'Presenting: spotlight on the current impact path',
  toggleFullscreen: 'Full screen, on or off',
  blackScreen: 'Presenting: black screen (any key brings the frame back)',
};
