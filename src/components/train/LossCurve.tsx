import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatValue } from '../../layout';
import { selectCurveIsCurrent, useApp } from '../../store';
import { curveGeometry, curveMargin, formatEpoch, nearestPoint } from './curveGeometry';
import { CurveAxes, CurvePaths } from './CurvePlot';
import { CurveTooltip, pointText } from './CurveTooltip';
import { sampleStyle } from './sampleStyle';
import { Sym } from './Sym';
import { useElementWidth } from './useElementWidth';
import './curve.css';

/** Height of the plot in pixels. */
const plotHeight = 220;

/**
 * The loss curve: loss^avg after every epoch and each sample's loss, drawn with d3-scale and d3-shape over React
 * SVG; long curves are decimated to the plot's pixel width. Hover or the arrow keys show an epoch's values.
 */
export function LossCurve() {
  const curve = useApp((state) => state.curve);
  const current = useApp(selectCurveIsCurrent);
  // null: the scale follows the curve (log once loss^avg has fallen 100-fold); a click makes it the user's choice.
  const [chosenLog, setLog] = useState<boolean | null>(null);
  const log = chosenLog ?? (curve !== null && fallsSteeply(curve.lossAvg));
  const [hover, setHover] = useState<number | null>(null);
  // What the arrow keys reached, read out by screen readers (the pointer's hover is not).
  const [spoken, setSpoken] = useState('');
  const [plotRef, width] = useElementWidth<HTMLDivElement>();
  const logId = useId();
  const geometry = useMemo(
    () => (curve !== null && width > 0 ? curveGeometry(curve, width, plotHeight, log) : null),
    [curve, width, log],
  );

  if (curve === null)
    return (
      <p className="train-note" data-testid="loss-curve-empty">
        Train to draw the loss curve: <Sym base="loss" sup="avg" /> and each sample’s loss after every epoch.
      </p>
    );

  const count = curve.epochs.length;
  const point = hover === null ? null : Math.min(hover, count - 1);
  const move = (event: PointerEvent<SVGRectElement>) => {
    if (!geometry) return;
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    const epoch = geometry.x.invert(event.clientX - (box?.left ?? 0));
    setHover(nearestPoint(curve.epochs, epoch));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = Math.max(1, Math.round(count / 50));
    const at = point ?? count - 1;
    const next =
      event.key === 'ArrowLeft'
        ? at - step
        : event.key === 'ArrowRight'
          ? at + step
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    const reached = Math.max(0, Math.min(count - 1, next));
    setHover(reached);
    setSpoken(pointText(curve, reached));
  };
  const firstAvg = curve.lossAvg[0] ?? NaN;
  const lastAvg = curve.lossAvg[count - 1] ?? NaN;
  const lastEpoch = curve.epochs[count - 1] ?? 0;
  const summary =
    `Loss curve over ${formatEpoch(lastEpoch)} epochs: loss average from ${formatValue(firstAvg)} ` +
    `to ${formatValue(lastAvg)}. Arrow keys show the values at an epoch.`;

  return (
    <figure className={`loss-curve${current ? '' : ' loss-curve-stale'}`} data-testid="loss-curve">
      <div className="loss-curve-head">
        <figcaption>
          <Sym base="loss" sup="avg" /> after each epoch
          {curve.sampleCount > 1 ? ', and each sample’s loss' : ''}
        </figcaption>
        <label className="train-check" htmlFor={logId}>
          <input
            id={logId}
            type="checkbox"
            checked={log}
            data-testid="curve-log"
            onChange={(event) => setLog(event.currentTarget.checked)}
          />
          log scale
        </label>
      </div>
      <div
        ref={plotRef}
        className="loss-curve-plot"
        style={{ height: plotHeight }}
        tabIndex={0}
        role="img"
        aria-label={summary}
        data-testid="loss-curve-plot"
        data-points={count}
        data-drawn={geometry?.drawn ?? 0}
        onKeyDown={onKeyDown}
        onBlur={() => setHover(null)}
      >
        {geometry && (
          <svg width={geometry.width} height={geometry.height} aria-hidden="true">
            <CurveAxes geometry={geometry} />
            <CurvePaths geometry={geometry} />
            {point !== null && <CurveCursor x={geometry.x(curve.epochs[point] ?? 0)} height={plotHeight} />}
            <rect
              className="curve-overlay"
              x={curveMargin.left}
              y={curveMargin.top}
              width={Math.max(0, geometry.width - curveMargin.left - curveMargin.right)}
              height={Math.max(0, plotHeight - curveMargin.top - curveMargin.bottom)}
              onPointerMove={move}
              onPointerDown={move}
              onPointerLeave={() => setHover(null)}
            />
          </svg>
        )}
        {geometry && point !== null && <CurveTooltip curve={curve} point={point} geometry={geometry} />}
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="curve-spoken">
        {spoken}
      </p>
      <CurveLegend sampleCount={curve.sampleCount} />
      {!current && (
        <p className="train-note">
          This curve ends on an earlier model (before an undo or an edit): the next run starts a new curve.
        </p>
      )}
    </figure>
  );
}

/** True when loss^avg ends at least 100 times below where it started: a linear axis would show a flat line. */
function fallsSteeply(lossAvg: readonly number[]): boolean {
  const first = lossAvg[0] ?? NaN;
  const last = lossAvg.at(-1) ?? NaN;
  return first > 0 && last >= 0 && last * 100 < first;
}

/** The vertical rule at the hovered epoch. */
function CurveCursor({ x, height }: { readonly x: number; readonly height: number }) {
  return (
    <line
      className="curve-cursor"
      x1={x}
      x2={x}
      y1={curveMargin.top}
      y2={height - curveMargin.bottom}
      data-testid="curve-cursor"
    />
  );
}

/** Which line is which: loss^avg, then each sample (colour and dash), or the band of their range. */
function CurveLegend({ sampleCount }: { readonly sampleCount: number }) {
  const lines = sampleCount <= 8;
  return (
    <ul className="curve-legend">
      <li>
        <svg width="24" height="10" aria-hidden="true">
          <line className="curve-avg" x1="0" x2="24" y1="5" y2="5" />
        </svg>
        <Sym base="loss" sup="avg" />
      </li>
      {lines &&
        sampleCount > 1 &&
        Array.from({ length: sampleCount }, (_v, s) => {
          const style = sampleStyle(s);
          return (
            <li key={`sample-${s}`}>
              <svg width="24" height="10" aria-hidden="true">
                <line
                  className="curve-sample"
                  x1="0"
                  x2="24"
                  y1="5"
                  y2="5"
                  stroke={style.color}
                  {...(style.dash ? { strokeDasharray: style.dash } : {})}
                />
              </svg>
              {`sample ${s + 1}`}
            </li>
          );
        })}
      {!lines && (
        <li>
          <svg width="24" height="10" aria-hidden="true">
            <rect className="curve-band" width="24" height="10" />
          </svg>
          {`range of the ${sampleCount.toLocaleString('en-US')} samples’ losses`}
        </li>
      )}
    </ul>
  );
}
