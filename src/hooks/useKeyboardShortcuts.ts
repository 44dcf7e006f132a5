import { useEffect } from 'react';
import { appStore, loadFailedNotice, withCode, type AppState } from '../store';
import { fullscreenCode } from '../components/lazyParts';
import { chordOf, presentingOnly, shortcutFor, type ShortcutCommand } from './shortcuts';

/** The help overlay, as the shortcuts ? and Escape drive it. */
export interface HelpControl {
  readonly open: boolean;
  readonly toggle: () => void;
  readonly close: () => void;
}

/** Elements that use every key themselves: a <select> uses the arrows, text fields and editable text all keys. */
const editableSelector = 'select, textarea, [contenteditable]:not([contenteditable="false"])';

/** Elements that Space (and Enter) activate: the key is theirs, not the play shortcut's. */
const activatableSelector = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"]';

/**
 * The keys a range, a radio group or a checkbox moves with natively. PageUp and PageDown are not among them: they are
 * what a presentation clicker sends, and always step (on the scrubber, PageDown went back a tenth of the timeline).
 */
const navigationKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** The inputs that take no typing (the app's others are fields): `belongsToTarget` lists their own keys. */
const untypedInputs = new Set(['range', 'radio', 'checkbox']);

/** True when the key press types into a field: a text field, a select's type-ahead, editable text. */
function typesText(event: KeyboardEvent): boolean {
  const target = event.target;
  return (
    target instanceof Element &&
    (target.closest(editableSelector) !== null ||
      (target instanceof HTMLInputElement && !untypedInputs.has(target.type)))
  );
}

/** True when the key press belongs to the element it happened in, not to the stepper. */
function belongsToTarget(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (typesText(event)) return true;
  if (target instanceof HTMLInputElement) {
    // The scrubber seeks with its own arrows, Home and End; Space, PageUp, PageDown, D, [ and ] still reach the stepper.
    if (target.type === 'range') return navigationKeys.has(event.key);
    return navigationKeys.has(event.key) || event.key === ' '; // A radio or a checkbox.
  }
  return event.key === ' ' && target.closest(activatableSelector) !== null;
}

/** The commands that are the store's action of the same name. */
type StoreCommand = Extract<ShortcutCommand, keyof AppState>;

/** Runs one command on the store (or the help overlay). */
function run(command: ShortcutCommand, help: HelpControl): void {
  const state = appStore.getState();
  if (command in state) return state[command as StoreCommand]();
  switch (command) {
    case 'toggleDetail':
      return state.setDetail(state.detail === 'detailed' ? 'compact' : 'detailed');
    case 'toggleHelp':
      return help.toggle();
    case 'closeHelp':
      return help.close();
    case 'exitPresentation':
      return state.setPresenting(false);
    case 'largerLabels':
      return state.scaleLabels(1);
    case 'smallerLabels':
      return state.scaleLabels(-1);
    case 'blackScreen':
      return state.setBlackout(true);
    case 'toggleFullscreen':
      // Within the key press when the code has come (fetched ahead after the first frame): the browser allows full
      // screen only during a user's gesture.
      withCode(fullscreenCode, ({ toggleFullscreen }) =>
        toggleFullscreen((text) => state.notify({ level: 'warning', text, key: 'fullscreen' })),
      ).catch(() => state.notify(loadFailedNotice('full screen')));
      return;
  }
}

/**
 * The command a key press really means in presentation mode: Escape closes the help first, else leaves presentation
 * mode; presenting keys do nothing outside it; held toggles do not flicker. Null: nothing to do.
 */
function retarget(command: ShortcutCommand, helpOpen: boolean, repeat: boolean): ShortcutCommand | null {
  const { presenting } = appStore.getState();
  const meant = command === 'closeHelp' && !helpOpen && presenting ? 'exitPresentation' : command;
  if (presentingOnly.has(meant) && !presenting) return null;
  if (repeat && (meant === 'togglePresenting' || meant === 'toggleSpotlight' || meant === 'toggleFullscreen'))
    return null;
  return meant;
}

/** The stepper's keyboard shortcuts on window (see shortcuts.ts); use it once, in App. */
export function useKeyboardShortcuts(help: HelpControl): void {
  const { open, toggle, close } = help;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // A black screen: any key brings the frame back, and does nothing else.
      if (appStore.getState().blackout) {
        event.preventDefault();
        appStore.getState().setBlackout(false);
        return;
      }
      if (event.altKey) return;
      // With Ctrl or ⌘ only undo and redo are ours; in a text field they undo the typing (the browser's own).
      const shortcut = shortcutFor(chordOf(event.key, event.ctrlKey || event.metaKey, event.shiftKey));
      if (!shortcut) return;
      const command = retarget(shortcut.command, open, event.repeat);
      if (command === null) return;
      const helpCommand = command === 'toggleHelp' || command === 'closeHelp';
      // While the help is open it is a modal dialog: only its own keys work.
      if (open ? !helpCommand : command === 'closeHelp') return;
      // The help's keys work from a button or the scrubber too, but "?" typed in a field is the field's.
      if (helpCommand ? typesText(event) : belongsToTarget(event)) return;
      if (event.repeat && (command === 'togglePlay' || helpCommand)) {
        event.preventDefault();
        return;
      }
      event.preventDefault(); // Space would scroll the page, PageDown/End too.
      run(command, { open, toggle, close });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, toggle, close]);
}
