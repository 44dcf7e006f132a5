import { formatValue } from '../../layout';
import type { LossCurve } from '../../training';
import { formatEpoch, maxSampleLines, sampleLoss, type CurveGeometry } from './curveGeometry';
import { sampleStyle } from './sampleStyle';
import { Sym } from './Sym';

/** The values at a point in words, for screen readers: "epoch 12: loss average 0.01; sample 1 0.02, …". */
export function pointText(curve: LossCurve, point: number): string {
  const samples =
    curve.sampleCount > 1 && curve.sampleCount <= maxSampleLines
      ? `; ${Array.from({ length: curve.sampleCount }, (_v, s) => `sample ${s + 1} ${formatValue(sampleLoss(curve, point, s))}`).join(', ')}`
      : '';
  return `epoch ${formatEpoch(curve.epochs[point] ?? NaN)}: loss average ${formatValue(curve.lossAvg[point] ?? NaN)}${samples}`;
}

/** The values at the hovered point: its epoch, loss^avg and each sample's loss (or their range). */
export function CurveTooltip({
  curve,
  point,
  geometry,
}: {
  readonly curve: LossCurve;
  readonly point: number;
  readonly geometry: CurveGeometry;
}) {
  const epoch = curve.epochs[point] ?? NaN;
  const x = geometry.x(epoch);
  const losses = Array.from({ length: curve.sampleCount }, (_v, s) => sampleLoss(curve, point, s));
  const finite = losses.filter(Number.isFinite);
  // The tooltip sits beside the cursor, on the side with more room.
  const side = x > geometry.width / 2 ? { right: geometry.width - x + 8 } : { left: x + 8 };
  return (
    <div className="curve-tooltip" style={{ top: 4, ...side }} data-testid="curve-tooltip" aria-hidden="true">
      <p className="curve-tooltip-epoch">{`epoch ${formatEpoch(epoch)}`}</p>
      <p>
        <Sym base="loss" sup="avg" /> = {formatValue(curve.lossAvg[point] ?? NaN)}
      </p>
      {curve.sampleCount <= maxSampleLines
        ? curve.sampleCount > 1 &&
          losses.map((loss, s) => (
            <p key={`sample-${s}`}>
              <span className="curve-swatch" style={{ background: sampleStyle(s).color }} />
              {`sample ${s + 1}: ${formatValue(loss)}`}
            </p>
          ))
        : finite.length > 0 && (
            <p>{`samples: ${formatValue(Math.min(...finite))} to ${formatValue(Math.max(...finite))}`}</p>
          )}
    </div>
  );
}
