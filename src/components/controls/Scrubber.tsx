import { memo, useMemo, type CSSProperties } from 'react';
import { stepCaption } from '../../formulas';
import { selectPass, selectStep, useApp, type AppState } from '../../store';
import { phaseMarkers, type PhaseMarker } from '../../timeline';
import { phaseNames, sup } from './labels';

/** A run of same-phase steps drawn over the scrubber: [from, to) as fractions of the track. */
interface Segment extends PhaseMarker {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  /** Index of the last step of the run. */
  readonly end: number;
}

/** The phase runs of the timeline, placed so that step s sits under the range thumb at s/(count − 1). */
function segmentsOf(markers: readonly PhaseMarker[], count: number): Segment[] {
  const position = (index: number) => (count <= 1 ? (index <= 0 ? 0 : 1) : index / (count - 1));
  const clamp = (fraction: number) => Math.min(1, Math.max(0, fraction));
  return markers.map((marker, n) => {
    const next = markers[n + 1]?.index ?? count;
    return {
      ...marker,
      id: `${marker.element}:${marker.phase}:${marker.index}`,
      from: clamp(position(marker.index - 0.5)),
      to: clamp(position(next - 0.5)),
      end: next - 1,
    };
  });
}

/** A phase run's label: its name, its short form, and whether it names a batch element (x¹, x²…, as the series). */
interface SegmentLabel {
  readonly name: string;
  readonly short: string;
  /** The forward run of a batch element: its short form is never hidden, and may spill over its neighbours. */
  readonly element: boolean;
}

/** The label of a phase run; with a batch, the forward run names its element. */
function segmentLabel(segment: Segment, elements: number): SegmentLabel {
  const name = phaseNames[segment.phase];
  if (elements > 1 && segment.phase === 'forward') {
    const x = `x${sup(segment.element + 1)}`;
    return { name: `${name} ${x}`, short: x, element: true };
  }
  return { name, short: name.charAt(0), element: false };
}

/** The scrubber's spoken value: "Step 8 of 58: Backward · δ³₁ · impact paths". */
function valueText(state: AppState): string {
  const step = selectStep(state);
  const count = state.timeline.steps.length;
  return step
    ? `Step ${state.stepIndex + 1} of ${count}: ${stepCaption(state.model, selectPass(state), step)}`
    : 'No step';
}

/**
 * For a run just after a batch element's forward run (the Loss, then the Backward), how far that run's centre lies
 * before this run's start, in this run's widths: CSS keeps the label clear of the element's name by it.
 */
function leadOf(segments: readonly Segment[], n: number): number | undefined {
  const segment = segments[n];
  const run = [segments[n - 1], segments[n - 2]].find((before) => before?.phase === 'forward');
  if (!segment || !run || segment.phase === 'forward' || segment.to <= segment.from) return undefined;
  return (segment.from - (run.from + run.to) / 2) / (segment.to - segment.from);
}

/** Props of the phase runs: the runs, the batch size, the run holding the current step, and where a click goes. */
interface PhaseMarkersProps {
  readonly segments: readonly Segment[];
  readonly elements: number;
  /** Index in `segments` of the run of the current step (−1 for none). */
  readonly current: number;
  readonly seek: (index: number) => void;
}

/** The clickable coloured runs over the track: drawn again only when the current step enters another run. */
const PhaseMarkers = memo(function PhaseMarkers({ segments, elements, current, seek }: PhaseMarkersProps) {
  return (
    <div className="phase-markers">
      {segments.map((segment, n) => {
        const label = segmentLabel(segment, elements);
        // The update of a batch is the whole batch's.
        const element =
          elements > 1 && segment.phase !== 'update' ? `, element ${segment.element + 1} of ${elements}` : '';
        const steps = `steps ${segment.index + 1}–${segment.end + 1}`;
        const lead = label.element || elements <= 1 ? undefined : leadOf(segments, n);
        const style = { '--from': segment.from, '--to': segment.to, '--lead': lead } as CSSProperties;
        return (
          <button
            key={segment.id}
            type="button"
            className={`phase-marker phase-${segment.phase}${label.element ? ' element-run' : ''}${lead === undefined ? '' : ' after-element'}${n === current ? ' current' : ''}`}
            style={style}
            data-phase={segment.phase}
            data-index={segment.index}
            aria-label={`Go to the start of ${phaseNames[segment.phase]}${element} (step ${segment.index + 1})`}
            title={`${phaseNames[segment.phase]}${element}: ${steps}`}
            onClick={() => seek(segment.index)}
          >
            {/* CSS shows the name, its initial, or nothing, as the run's width allows. */}
            <span className="phase-marker-label" aria-hidden="true">
              <span className="phase-marker-name">{label.name}</span>
              <span className="phase-marker-initial">{label.short}</span>
            </span>
            <span className="phase-marker-bar" aria-hidden="true" />
          </button>
        );
      })}
    </div>
  );
});

/** The timeline as a range input, with a clickable coloured run per phase (and per batch element). */
export function Scrubber() {
  const timeline = useApp((state) => state.timeline);
  const stepIndex = useApp((state) => state.stepIndex);
  const elements = useApp((state) => state.iteration.passes.length);
  const seek = useApp((state) => state.seek);
  const count = timeline.steps.length;
  const segments = useMemo(() => segmentsOf(phaseMarkers(timeline), timeline.steps.length), [timeline]);
  const current = segments.findIndex((segment) => stepIndex >= segment.index && stepIndex <= segment.end);
  const text = useApp(valueText);
  const progress = { '--progress': count > 1 ? stepIndex / (count - 1) : 0 } as CSSProperties;

  return (
    <div className="scrubber">
      <PhaseMarkers segments={segments} elements={elements} current={current} seek={seek} />
      <input
        type="range"
        className="scrubber-range"
        data-testid="scrubber"
        aria-label="Step"
        min={0}
        max={Math.max(0, count - 1)}
        step={1}
        value={stepIndex}
        disabled={count === 0}
        aria-valuetext={text}
        style={progress}
        onChange={(event) => seek(Number(event.currentTarget.value))}
      />
    </div>
  );
}
