/** The stepper's icons, drawn in currentColor so buttons colour them. */
export type IconName =
  'first' | 'previousPhase' | 'back' | 'play' | 'pause' | 'forward' | 'nextPhase' | 'last';

/** Filled shapes, except the single-step chevrons, which are strokes. */
const shapes: Record<IconName, { readonly d: string; readonly stroke?: boolean }> = {
  first: { d: 'M5 5h2.5v14H5z M19 5v14L8.5 12z' },
  previousPhase: { d: 'M11.5 5v14L2 12z M21.5 5v14L12 12z' },
  back: { d: 'M15 5l-7 7 7 7', stroke: true },
  play: { d: 'M7 4.5v15L19.5 12z' },
  pause: { d: 'M6 4.5h4v15H6z M14 4.5h4v15h-4z' },
  forward: { d: 'M9 5l7 7-7 7', stroke: true },
  nextPhase: { d: 'M12.5 5v14L22 12z M2.5 5v14L12 12z' },
  last: { d: 'M16.5 5H19v14h-2.5z M5 5v14l10.5-7z' },
};

/** A 24×24 icon; decorative, since its button carries the accessible name. */
export function Icon({ name }: { readonly name: IconName }) {
  const shape = shapes[name];
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {shape.stroke ? (
        <path
          d={shape.d}
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ) : (
        <path d={shape.d} fill="currentColor" />
      )}
    </svg>
  );
}
