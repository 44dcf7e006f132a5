import type { ReactNode } from 'react';
import type { DiagramLayout } from '../../layout';

/** Props of a sheet: the drawing's viewBox, its class, and what it draws. */
interface SheetProps {
  readonly bounds: DiagramLayout['bounds'];
  readonly className: string;
  /** A sheet that only repeats what another draws (for the eye) is hidden from assistive technology. */
  readonly decorative?: boolean;
  readonly children: ReactNode;
}

/**
 * One sheet of the drawing: an <svg> over the whole frame, with the drawing's viewBox, stacked on the others.
 * Chromium paints an <svg> again as a whole when anything in it changes, so the drawing is cut into sheets that
 * change apart (each layer's edges, each column's neurons, what the step emphasises): a step paints only the sheets
 * it changes, and a sheet fading as a whole (its opacity) is left to the compositor.
 */
export function Sheet({ bounds, className, decorative = false, children }: SheetProps) {
  return (
    <svg
      className={`diagram-sheet ${className}`}
      viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
      preserveAspectRatio="xMidYMid meet"
      {...(decorative ? { 'aria-hidden': true } : { role: 'none' })}
    >
      {children}
    </svg>
  );
}
