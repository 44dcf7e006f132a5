/** What a keyboard shortcut does: a store action, or the help overlay. */
export type ShortcutCommand =
  | 'stepForward'
  | 'stepBack'
  | 'togglePlay'
  | 'seekFirst'
  | 'seekLast'
  | 'nextPhase'
  | 'previousPhase'
  | 'toggleDetail'
  | 'toggleHelp'
  | 'closeHelp'
  | 'undo'
  | 'redo'
  | 'togglePresentation'
  | 'exitPresentation'
  | 'largerLabels'
  | 'smallerLabels'
  | 'toggleSpotlight'
  | 'toggleFullscreen'
  | 'blackScreen';

/** One row of the shortcut table: the key presses (see chordOf), how they are shown, and what they do. */
export interface Shortcut {
  readonly command: ShortcutCommand;
  readonly keys: readonly string[];
  /** The keys as a person reads them (one entry per key). */
  readonly labels: readonly string[];
  readonly description: string;
}

/** Every shortcut of the stepper, in the order the help overlay lists them. */
export const shortcuts: readonly Shortcut[] = [
  {
    command: 'stepForward',
    keys: ['ArrowRight', 'PageDown'],
    labels: ['→', 'Page Down'],
    description: 'Next step',
  },
  {
    command: 'stepBack',
    keys: ['ArrowLeft', 'PageUp'],
    labels: ['←', 'Page Up'],
    description: 'Previous step',
  },
  { command: 'togglePlay', keys: [' '], labels: ['Space'], description: 'Play or pause' },
  { command: 'nextPhase', keys: [']'], labels: [']'], description: 'Start of the next phase' },
  {
    command: 'previousPhase',
    keys: ['['],
    labels: ['['],
    description: 'Start of this phase, or of the previous one',
  },
  { command: 'seekFirst', keys: ['Home'], labels: ['Home'], description: 'First step' },
  { command: 'seekLast', keys: ['End'], labels: ['End'], description: 'Last step' },
  {
    command: 'toggleDetail',
    keys: ['d', 'D'],
    labels: ['D'],
    description: 'Detailed sub-steps, or one step per δ',
  },
  { command: 'toggleHelp', keys: ['?'], labels: ['?'], description: 'Show or hide this help' },
  { command: 'closeHelp', keys: ['Escape'], labels: ['Esc'], description: 'Close this help' },
  {
    command: 'undo',
    keys: ['Mod+z'],
    labels: ['Ctrl+Z', '⌘Z'],
    description: 'Undo the last edit or training (in a text field: undo typing)',
  },
  {
    command: 'redo',
    keys: ['Mod+Shift+z', 'Mod+y'],
    labels: ['Shift+Ctrl+Z', 'Ctrl+Y', '⇧⌘Z'],
    description: 'Redo what was undone',
  },
  {
    command: 'togglePresentation',
    keys: ['p', 'P'],
    labels: ['P'],
    description: 'Presentation mode for a projector, on or off',
  },
  { command: 'exitPresentation', keys: ['Escape'], labels: ['Esc'], description: 'Leave presentation mode' },
  {
    command: 'largerLabels',
    keys: ['+', '='],
    labels: ['+'],
    description: 'Presenting: larger labels and formulas',
  },
  {
    command: 'smallerLabels',
    keys: ['-', '_'],
    labels: ['−'],
    description: 'Presenting: smaller labels and formulas',
  },
  {
    command: 'toggleSpotlight',
    keys: ['s', 'S'],
    labels: ['S'],
    description: 'Presenting: spotlight on the current impact path',
  },
  { command: 'toggleFullscreen', keys: ['f', 'F'], labels: ['F'], description: 'Full screen, on or off' },
  {
    command: 'blackScreen',
    keys: ['b', 'B', '.'],
    labels: ['B', '.'],
    description: 'Presenting: black screen (any key brings the frame back)',
  },
];

/** Commands that act only in presentation mode (elsewhere their keys do nothing). */
export const presentingOnly: ReadonlySet<ShortcutCommand> = new Set([
  'exitPresentation',
  'largerLabels',
  'smallerLabels',
  'toggleSpotlight',
  'blackScreen',
]);

/** A key press as the table names it: `KeyboardEvent.key`, or "Mod+z" / "Mod+Shift+z" with Ctrl or ⌘ held. */
export function chordOf(key: string, mod = false, shift = false): string {
  return mod ? `Mod+${shift ? 'Shift+' : ''}${key.toLowerCase()}` : key;
}

/** The shortcut a key triggers, if any. */
export function shortcutFor(key: string): Shortcut | undefined {
  return shortcuts.find((shortcut) => shortcut.keys.includes(key));
}

/** The keys of a command as a person reads them, for button titles ("Next step (→ or Page Down)"). */
export function keyLabel(command: ShortcutCommand): string {
  return shortcuts.find((shortcut) => shortcut.command === command)?.labels.join(' or ') ?? '';
}
