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
  | 'closeHelp';

/** One row of the shortcut table: the `KeyboardEvent.key` values, how they are shown, and what they do. */
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
];

/** The shortcut a key triggers, if any. */
export function shortcutFor(key: string): Shortcut | undefined {
  return shortcuts.find((shortcut) => shortcut.keys.includes(key));
}

/** The keys of a command as a person reads them, for button titles ("Next step (→ or Page Down)"). */
export function keyLabel(command: ShortcutCommand): string {
  return shortcuts.find((shortcut) => shortcut.command === command)?.labels.join(' or ') ?? '';
}
