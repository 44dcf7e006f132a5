/** A point of the diagram, in viewBox units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A drawable path: its SVG `d` and where its label goes. */
export interface PathGeometry {
  readonly d: string;
  readonly label: Point;
  /** True when the label hangs below its point (a level path: the edge it follows has its own label above). */
  readonly below?: boolean;
  /** Points along a curved path, output end first: where its label may go instead, and what other labels keep off. */
  readonly along?: readonly Point[];
}

/** Rounds a coordinate to 1 decimal: enough on screen, and stable in snapshots and tests. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;

/**
 * The curve from `from` to `to`: straight when they are level, a gentle S otherwise. It is d3-shape's
 * linkHorizontal (a cubic with horizontal tangents, control points at mid x), printed with 1 decimal as
 * `.digits(1)` prints it; written out, as `elbow` is, because d3-shape cannot be tree-shaken below 4 kB gzipped.
 */
export function curve(from: Point, to: Point): string {
  const mid = fmt((from.x + to.x) / 2);
  return `M${fmt(from.x)},${fmt(from.y)}C${mid},${fmt(from.y)},${mid},${fmt(to.y)},${fmt(to.x)},${fmt(to.y)}`;
}

/**
 * The point at parameter t ∈ [0, 1] of `curve(from, to)` (the cubic with control points at mid x): pointOnCubic of
 * backward.ts with those control points, written out for the first frame, which loads this module only.
 */
export function pointOnCurve(from: Point, to: Point, t: number): Point {
  const u = 1 - t;
  const mid = (from.x + to.x) / 2;
  const x = u * u * u * from.x + 3 * u * u * t * mid + 3 * u * t * t * mid + t * t * t * to.x;
  const y = (u * u * u + 3 * u * u * t) * from.y + (3 * u * t * t + t * t * t) * to.y;
  return { x: round1(x), y: round1(y) };
}

/** A curve with its label at parameter t. */
export function curveWithLabel(from: Point, to: Point, t: number): PathGeometry {
  return { d: curve(from, to), label: pointOnCurve(from, to, t) };
}

/** Prints a coordinate with at most 1 decimal. */
const fmt = (value: number): string => String(round1(value));

/**
 * A right-angled arrow with a rounded corner: horizontal from `from`, then vertical to `to` (or, with
 * `verticalFirst`, vertical then horizontal). The arrows into and out of the Loss box use it.
 */
export function elbow(from: Point, to: Point, radius: number, verticalFirst = false): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const r = Math.max(0, Math.min(radius, Math.abs(dx), Math.abs(dy)));
  const sx = Math.sign(dx);
  const sy = Math.sign(dy);
  const corner = verticalFirst ? { x: from.x, y: to.y } : { x: to.x, y: from.y };
  const before = verticalFirst
    ? { x: corner.x, y: corner.y - sy * r }
    : { x: corner.x - sx * r, y: corner.y };
  const after = verticalFirst ? { x: corner.x + sx * r, y: corner.y } : { x: corner.x, y: corner.y + sy * r };
  return (
    `M${fmt(from.x)},${fmt(from.y)}L${fmt(before.x)},${fmt(before.y)}` +
    `Q${fmt(corner.x)},${fmt(corner.y)},${fmt(after.x)},${fmt(after.y)}L${fmt(to.x)},${fmt(to.y)}`
  );
}
