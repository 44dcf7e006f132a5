/** The factor of one click on "+" or "−". */
const step = 1.4;

/** Props of the view's buttons. */
interface ZoomButtonsProps {
  /** False until d3-zoom has come (its own chunk): the buttons wait for it. */
  readonly ready: boolean;
  readonly onZoom: (factor: number) => void;
  /** Whether the view can zoom further in and further out (the whole network is as far out as it goes). */
  readonly room: { readonly in: boolean; readonly out: boolean };
  /** Whether the view follows the step; null where following does not matter (the whole network is readable). */
  readonly follow: boolean | null;
  readonly onFollow: () => void;
  /** True when the view is not the whole network. */
  readonly moved: boolean;
  readonly onReset: () => void;
}

/** The diagram's view buttons: zoom in and out, follow the step, show the whole network. */
export function ZoomButtons({ ready, onZoom, room, follow, onFollow, moved, onReset }: ZoomButtonsProps) {
  return (
    <div className="diagram-zoom" role="group" aria-label="View">
      <button
        type="button"
        onClick={() => onZoom(step)}
        disabled={!ready || !room.in}
        aria-label="Zoom in"
        title="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => onZoom(1 / step)}
        disabled={!ready || !room.out}
        aria-label="Zoom out"
        title="Zoom out"
      >
        −
      </button>
      {follow !== null && (
        <button
          type="button"
          aria-pressed={follow}
          onClick={onFollow}
          title="Keep the current step in view when the network is too large to read whole"
        >
          Follow step
        </button>
      )}
      <button type="button" onClick={onReset} disabled={!moved} title="Show the whole network">
        Reset view
      </button>
    </div>
  );
}
