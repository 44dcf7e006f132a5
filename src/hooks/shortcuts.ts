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
  | 'togglePresenting'
  | 'exitPresentation'
  | 'largerLabels'
  | 'smallerLabels'
  | 'toggleSpotlight'
  | 'toggleFullscreen'
  | 'blackScreen';

/** One row of the shortcut table: what it does, the key presses (see chordOf) and how they are shown. */
export interface Shortcut {
  readonly command: ShortcutCommand;
  readonly keys: readonly string[];
  /** The keys as a person reads them (one entry per key). */
  readonly labels: readonly string[];
}

/** Every shortcut of the stepper, in the order the help overlay lists them (with the words of shortcutHelp.ts). */
export const shortcuts: readonly Shortcut[] = [
  { command: 'stepForward', keys: ['ArrowRight', 'PageDown'], labels: ['→', 'Page Down'] },
  { command: 'stepBack', keys: ['ArrowLeft', 'PageUp'], labels: ['←', 'Page Up'] },
  { command: 'togglePlay', keys: [' '], labels: ['Space'] },
  { command: 'nextPhase', keys: [']'], labels: [']'] },
  { command: 'previousPhase', keys: ['['], labels: ['['] },
  { command: 'seekFirst', keys: ['Home'], labels: ['Home'] },
  { command: 'seekLast', keys: ['End'], labels: ['End'] },
  { command: 'toggleDetail', keys: ['d', 'D'], labels: ['D'] },
  { command: 'toggleHelp', keys: ['?'], labels: ['?'] },
  { command: 'closeHelp', keys: ['Escape'], labels: ['Esc'] },
  { command: 'undo', keys: ['Mod+z'], labels: ['Ctrl+Z', '⌘Z'] },
  { command: 'redo', keys: ['Mod+Shift+z', 'Mod+y'], labels: ['Shift+Ctrl+Z', 'Ctrl+Y', '⇧⌘Z'] },
  { command: 'togglePresenting', keys: ['p', 'P'], labels: ['P'] },
  { command: 'exitPresentation', keys: ['Escape'], labels: ['Esc'] },
  { command: 'largerLabels', keys: ['+', '='], labels: ['+'] },
  { command: 'smallerLabels', keys: ['-', '_'], labels: ['−'] },
  { command: 'toggleSpotlight', keys: ['s', 'S'], labels: ['S'] },
  { command: 'toggleFullscreen', keys: ['f', 'F'], labels: ['F'] },
  { command: 'blackScreen', keys: ['b', 'B', '.'], labels: ['B', '.'] },
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
