import { keyLabel, shortcuts, type ShortcutCommand } from '../../hooks/shortcuts';
import { useHeightVariable } from '../../hooks/useHeightVariable';
import { useKeysBackAfterPointer } from '../../hooks/useKeysBackAfterPointer';
import { useApp, type AppState } from '../../store';
import { Icon, type IconName } from './icons';
import { PlayButton } from './PlayButton';
import { Scrubber } from './Scrubber';
import { SpeedPicker } from './SpeedPicker';
import { StepNumber } from './StepNumber';
import './controls.css';

/** One navigation button: its icon, name, shortcut, action and when it has nowhere to go. */
interface NavButton {
  readonly command: ShortcutCommand & keyof AppState;
  readonly icon: IconName;
  readonly label: string;
  /** True when the stepper is at the end this button moves towards. */
  readonly towardsEnd: boolean;
}

const backward: readonly NavButton[] = [
  { command: 'seekFirst', icon: 'first', label: 'First step', towardsEnd: false },
  { command: 'previousPhase', icon: 'previousPhase', label: 'Previous phase', towardsEnd: false },
  { command: 'stepBack', icon: 'back', label: 'Previous step', towardsEnd: false },
];

const forward: readonly NavButton[] = [
  { command: 'stepForward', icon: 'forward', label: 'Next step', towardsEnd: true },
  { command: 'nextPhase', icon: 'nextPhase', label: 'Next phase', towardsEnd: true },
  { command: 'seekLast', icon: 'last', label: 'Last step', towardsEnd: true },
];

/** The keys of a command as aria-keyshortcuts wants them ("ArrowRight PageDown"). */
const ariaKeys = (command: ShortcutCommand) =>
  (shortcuts.find((shortcut) => shortcut.command === command)?.keys ?? [])
    .map((key) => (key === ' ' ? 'Space' : key))
    .join(' ');

/** A button that moves the step index; disabled when there is nowhere to go. */
function NavigationButton({ button }: { readonly button: NavButton }) {
  const action = useApp((state) => state[button.command]);
  // Clicked, the button gives the keys back: Space then plays, as the help says, instead of pressing it again.
  const keys = useKeysBackAfterPointer();
  const disabled = useApp((state) => {
    const last = state.timeline.steps.length - 1;
    return last <= 0 || (button.towardsEnd ? state.stepIndex >= last : state.stepIndex <= 0);
  });
  return (
    <button
      type="button"
      className="control-button"
      data-testid={button.command}
      aria-label={button.label}
      aria-keyshortcuts={ariaKeys(button.command)}
      title={`${button.label} (${keyLabel(button.command)})`}
      disabled={disabled}
      onPointerDown={keys.onPointerDown}
      onKeyDown={keys.onKeyDown}
      onClick={(event) => {
        action();
        keys.release(event.currentTarget);
      }}
    >
      <Icon name={button.icon} />
    </button>
  );
}

/** "Step 12 / 48": where the stepper is in the timeline (1-based). */
function StepCounter() {
  const stepIndex = useApp((state) => state.stepIndex);
  const count = useApp((state) => state.timeline.steps.length);
  return (
    <span className="step-counter" data-testid="step-counter">
      Step <StepNumber n={count === 0 ? 0 : stepIndex + 1} total={count} /> / {count}
    </span>
  );
}

/** The bottom bar: step, phase and play buttons, the speed, the scrubber with its phases, and the counter. */
export function StepControls() {
  const empty = useApp((state) => state.timeline.steps.length === 0);
  const ref = useHeightVariable('--bar-height');
  return (
    <nav className="step-controls" aria-label="Stepper" ref={ref}>
      {empty && (
        <p className="controls-empty" role="status">
          This model has no data sample yet. Add a sample (a data input x and its y<sup>truth</sup>) to its
          dataset to step through training.
        </p>
      )}
      <div className="transport" role="group" aria-label="Step through training">
        {backward.map((button) => (
          <NavigationButton key={button.command} button={button} />
        ))}
        <PlayButton />
        {forward.map((button) => (
          <NavigationButton key={button.command} button={button} />
        ))}
      </div>
      <SpeedPicker />
      <Scrubber />
      <StepCounter />
    </nav>
  );
}
