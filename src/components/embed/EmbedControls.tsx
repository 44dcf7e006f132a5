import type { CSSProperties } from 'react';
import type { ControlMode } from '../../embed';
import { stepCaption } from '../../formulas';
import { useKeysBackAfterPointer } from '../../hooks/useKeysBackAfterPointer';
import { selectPass, selectStep, stepBounds, useApp, type AppState } from '../../store';
import { DetailToggle } from '../controls/DetailToggle';
import { Icon, type IconName } from '../controls/icons';
import { SamplePicker } from '../controls/SamplePicker';
import { SpeedPicker } from '../controls/SpeedPicker';
import { StepNumber } from '../controls/StepNumber';
import '../controls/controls.css';

/** The first step within reach (the embed's `from`, fitted to the timeline). */
const selectFirst = (state: AppState) => stepBounds(state).first;

/** The last step within reach (the embed's `to`, fitted to the timeline). */
const selectLast = (state: AppState) => stepBounds(state).last;

/** A button that moves within the range; disabled at the end it moves towards. */
function MoveButton({
  icon,
  label,
  towardsEnd,
  action,
}: {
  readonly icon: IconName;
  readonly label: string;
  readonly towardsEnd: boolean;
  readonly action: 'stepForward' | 'stepBack' | 'seekFirst' | 'seekLast';
}) {
  const move = useApp((state) => state[action]);
  // Clicked, the button gives the keys back: Space then plays instead of pressing it again.
  const keys = useKeysBackAfterPointer();
  const disabled = useApp((state) =>
    towardsEnd ? state.stepIndex >= selectLast(state) : state.stepIndex <= selectFirst(state),
  );
  return (
    <button
      type="button"
      className="control-button"
      data-testid={action}
      aria-label={label}
      title={label}
      disabled={disabled}
      onPointerDown={keys.onPointerDown}
      onKeyDown={keys.onKeyDown}
      onClick={(event) => {
        move();
        keys.release(event.currentTarget);
      }}
    >
      <Icon name={icon} />
    </button>
  );
}

/** Play or pause; from the last step of the range, play starts over at its first. */
function PlayPause() {
  const playing = useApp((state) => state.playing);
  const atEnd = useApp((state) => state.stepIndex >= selectLast(state));
  const single = useApp((state) => selectLast(state) <= selectFirst(state));
  const togglePlay = useApp((state) => state.togglePlay);
  const label = playing ? 'Pause' : atEnd ? 'Play from the start' : 'Play';
  return (
    <button
      type="button"
      className="control-button play-button"
      data-testid="play"
      aria-label={label}
      title={label}
      disabled={single}
      onClick={togglePlay}
    >
      <Icon name={playing ? 'pause' : 'play'} />
    </button>
  );
}

/** "Step 3 / 19", counted within the range the embed shows. */
function Counter() {
  const first = useApp(selectFirst);
  const last = useApp(selectLast);
  const stepIndex = useApp((state) => state.stepIndex);
  const empty = useApp((state) => state.timeline.steps.length === 0);
  return (
    <span className="step-counter embed-counter" data-testid="step-counter">
      Step <StepNumber n={empty ? 0 : stepIndex - first + 1} total={empty ? 0 : last - first + 1} /> /{' '}
      {empty ? 0 : last - first + 1}
    </span>
  );
}

/** The scrubber's spoken value: "Step 3 of 19: Backward · δ³₁ · impact paths". */
function valueText(state: AppState): string {
  const step = selectStep(state);
  const { first, last } = stepBounds(state);
  if (!step) return 'No step';
  const caption = stepCaption(state.model, selectPass(state), step);
  return `Step ${state.stepIndex - first + 1} of ${last - first + 1}: ${caption}`;
}

/** A slider over the steps of the range. */
function RangeScrubber() {
  const first = useApp(selectFirst);
  const last = useApp(selectLast);
  const stepIndex = useApp((state) => state.stepIndex);
  const seek = useApp((state) => state.seek);
  const text = useApp(valueText);
  const progress = last > first ? (stepIndex - first) / (last - first) : 0;
  return (
    <input
      type="range"
      className="scrubber-range embed-scrubber"
      data-testid="scrubber"
      aria-label="Step"
      min={first}
      max={last}
      step={1}
      value={stepIndex}
      disabled={last <= first}
      aria-valuetext={text}
      style={{ '--progress': progress } as CSSProperties}
      onChange={(event) => seek(Number(event.currentTarget.value))}
    />
  );
}

/**
 * The embed's controls: none, back/play/next with the counter, or everything (scrubber, then sample, detail and speed
 * under it). The stepper stays at the bottom of a frame that scrolls; the options under it scroll with the page.
 */
export function EmbedControls({ mode }: { readonly mode: ControlMode }) {
  if (mode === 'none') return null;
  const full = mode === 'full';
  return (
    <>
      <nav className={`embed-controls is-${mode}`} aria-label="Stepper">
        <div className="transport" role="group" aria-label="Step through training">
          {full && <MoveButton icon="first" label="First step" towardsEnd={false} action="seekFirst" />}
          <MoveButton icon="back" label="Previous step" towardsEnd={false} action="stepBack" />
          <PlayPause />
          <MoveButton icon="forward" label="Next step" towardsEnd action="stepForward" />
          {full && <MoveButton icon="last" label="Last step" towardsEnd action="seekLast" />}
        </div>
        {full && <RangeScrubber />}
        <Counter />
      </nav>
      {full && (
        <div className="embed-options" role="group" aria-label="Sample, detail and speed">
          <SamplePicker />
          <DetailToggle />
          <SpeedPicker />
        </div>
      )}
    </>
  );
}
