import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Band, DiagramLayout } from '../../layout';
import type { Step } from '../../timeline';
import {
  fitOf,
  fitScale,
  readableScale,
  screenTransform,
  stickyShift,
  viewOfScreen,
  wholeView,
  type ViewTransform,
  type Viewport,
} from './camera';
import { ZoomButtons } from './ZoomButtons';
import type { afterStep, focusOf, followView, ZoomControl } from './zoomBehaviour';

/**
 * What following the step needs, from d3-zoom's chunk: the step's region, the view that frames it, and what a step
 * does to the page (the scroll that brings the frame over the stepper bar; no glide or fade while the steps come fast).
 */
interface Framing {
  readonly focusOf: typeof focusOf;
  readonly followView: typeof followView;
  readonly afterStep: typeof afterStep;
}

/** How far the user may zoom out and in: out to the whole network (Reset view), in to 4 times it. */
export const scaleExtent: [number, number] = [1, 4];

/** A transform made on one drawing: another model starts from the whole picture. */
interface Zoomed extends ViewTransform {
  readonly bounds: DiagramLayout['bounds'] | null;
}

/** Props of the zoomable surface. */
interface ZoomSurfaceProps {
  readonly layout: DiagramLayout;
  /** The current step, whose region is framed while "Follow step" is on and the whole drawing is too small. */
  readonly step: Step | undefined;
  readonly label: string;
  /** The sheet that stays at the top of the frame when the view is below it (the column titles), and its band. */
  readonly header: { readonly sheet: ReactNode; readonly band: Band };
  /** What the frame shows at its bottom left (the legend); the zoom buttons are at its bottom right. */
  readonly footer: ReactNode;
  /** The drawing: the sheets (one <svg> each, see Sheet), stacked in the frame. */
  readonly children: ReactNode;
}

/**
 * The diagram's frame with pan and zoom. The drawing is a stack of <svg> sheets with the same viewBox (see Sheet):
 * the view moves them together as one CSS transform of the element holding them, which the compositor animates
 * while following the steps, without painting the drawing again. d3-zoom listens on the frame (it adds listeners
 * only; React keeps every attribute and child) and reports its transform, in screen pixels, here. d3-zoom comes in
 * its own chunk once the frame is drawn; the zoom buttons wait for it.
 */
export function ZoomSurface({ layout, step, label, header, footer, children }: ZoomSurfaceProps) {
  const { bounds } = layout;
  const frameRef = useRef<HTMLDivElement>(null);
  // d3-zoom attached to this drawing, once its chunk has come, with what following the step needs.
  const [zoomControl, setZoomControl] = useState<ZoomControl | null>(null);
  const [framing, setFraming] = useState<Framing | null>(null);
  const [zoomed, setZoomed] = useState<Zoomed>({ ...wholeView, bounds: null });
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [follow, setFollow] = useState(true);
  const [interacting, setInteracting] = useState(false);
  const view: ViewTransform = zoomed.bounds === bounds ? zoomed : wholeView;
  const fit = useMemo(() => fitOf(bounds, viewport), [bounds, viewport]);

  // The frame's size on screen decides whether the whole drawing is readable (jsdom has no ResizeObserver).
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setViewport({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    let control: ZoomControl | null = null;
    let current = true;
    void import('./zoomBehaviour').then(({ attachZoom, focusOf, followView, afterStep }) => {
      if (!current) return;
      setFraming((loaded) => loaded ?? { focusOf, followView, afterStep });
      control = attachZoom(
        frame,
        { bounds, fit, scaleExtent, viewport },
        {
          start: (byUser) => {
            // A wheel or a drag is the user's: the view stops following the steps and tracks the pointer at once.
            if (!byUser) return;
            setFollow(false);
            setInteracting(true);
          },
          zoom: (screen) => setZoomed({ ...viewOfScreen(screen, bounds, fit), bounds }),
          end: () => setInteracting(false),
        },
      );
      control.moveTo(screenTransform(view, bounds, fit));
      setZoomControl(control);
    });
    return () => {
      current = false;
      control?.detach();
      setZoomControl(null);
    };
    // d3-zoom is attached again when the drawing or its fit changes; the view it starts from is the current one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bounds, fit]);

  // Following the steps: frame the current step's region whenever it, the drawing or the viewport changes (a view
  // that shows the region already stays, so that stepping does not glide the drawing at every step).
  // The step is a stable reference (the timeline is immutable): the focus changes only with the step.
  const focus = useMemo(() => framing?.focusOf(step, layout) ?? null, [framing, step, layout]);
  const target =
    follow && viewport && framing ? framing.followView(bounds, viewport, focus, view, header.band) : null;
  const { k: targetK = 1, x: targetX = 0, y: targetY = 0 } = target ?? {};
  useEffect(() => {
    if (!zoomControl || !target) return;
    zoomControl.moveTo(screenTransform({ k: targetK, x: targetX, y: targetY }, bounds, fit));
    // The target is compared by value: a new object with the same numbers does not move the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zoomControl, targetK, targetX, targetY, target !== null, bounds, fit]);

  // A step taken (not the first one shown) brings the frame over the stepper bar where the page scrolls under it,
  // and a run of fast steps changes the diagram at once (see afterStep.ts).
  const shown = useRef(step);
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || !framing || shown.current === step) return undefined;
    shown.current = step;
    return framing.afterStep(frame);
  }, [framing, step]);

  const zoomBy = (factor: number) => {
    setFollow(false);
    zoomControl?.scaleBy(factor);
  };
  const showAll = () => {
    setFollow(false);
    zoomControl?.moveTo(wholeView);
  };

  const moved = view.k !== 1 || view.x !== 0 || view.y !== 0;
  const screen = screenTransform(view, bounds, fit);
  // The header moves down with the view, within the viewport: it glides with the drawing, and stays on screen.
  const shift = stickyShift(bounds, viewport, view, header.band.top);
  return (
    <>
      <div
        ref={frameRef}
        className={`diagram-frame${interacting ? ' is-interacting' : ''}`}
        role="group"
        aria-label={label}
      >
        <div
          className="diagram-viewport"
          style={{
            transform: `translate(${round(screen.x)}px, ${round(screen.y)}px) scale(${round(screen.k)})`,
          }}
        >
          <div
            className={`diagram-header${shift > 0 ? ' is-stuck' : ''}`}
            style={{ transform: `translateY(${round(shift * fit.scale)}px)` }}
          >
            {header.sheet}
          </div>
          {children}
        </div>
      </div>
      <div className="diagram-footer">
        {footer}
        {/* Following matters only when the whole network is too small to read (unknown size: offered). */}
        <ZoomButtons
          ready={zoomControl !== null}
          onZoom={zoomBy}
          room={{ in: view.k < scaleExtent[1], out: view.k > scaleExtent[0] }}
          follow={viewport === null || fitScale(bounds, viewport) < readableScale ? follow : null}
          onFollow={() => setFollow((on) => !on)}
          moved={moved}
          onReset={showAll}
        />
      </div>
    </>
  );
}

/** Rounds a transform component to 3 decimals. */
const round = (value: number): number => Math.round(value * 1000) / 1000;
