import { memo } from 'react';
import { curveMargin, type CurveGeometry } from './curveGeometry';
import { sampleStyle } from './sampleStyle';

/** The axes of the loss curve: ticks from the d3 scales, drawn by React (d3-axis is not used). */
export const CurveAxes = memo(function CurveAxes({ geometry }: { readonly geometry: CurveGeometry }) {
  const { width, height, xTicks, yTicks } = geometry;
  const { left, right, bottom, top } = curveMargin;
  const baseline = height - bottom;
  return (
    <g className="curve-axes" aria-hidden="true">
      {yTicks.map((tick) => (
        <g key={`y${tick.value}`} transform={`translate(0,${tick.at.toFixed(1)})`}>
          <line className="curve-grid" x1={left} x2={width - right} />
          <text className="curve-tick" x={left - 6} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <g key={`x${tick.value}`} transform={`translate(${tick.at.toFixed(1)},0)`}>
          <line className="curve-tick-mark" y1={baseline} y2={baseline + 5} />
          <text className="curve-tick" y={baseline + 8} dy="0.71em" textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      <line className="curve-axis" x1={left} x2={width - right} y1={baseline} y2={baseline} />
      <line className="curve-axis" x1={left} x2={left} y1={top} y2={baseline} />
      <text className="curve-axis-label" x={width - right} y={height - 2} textAnchor="end">
        epoch
      </text>
      <text className="curve-axis-label" x={2} y={top - 10}>
        {geometry.log ? 'loss (log)' : 'loss'}
      </text>
    </g>
  );
});

/** The curves: each sample's loss (or the band of their range) under loss^avg. Memoized: hovering redraws none. */
export const CurvePaths = memo(function CurvePaths({ geometry }: { readonly geometry: CurveGeometry }) {
  return (
    <g className="curve-paths">
      {geometry.band !== null && <path className="curve-band" d={geometry.band} data-testid="curve-band" />}
      {geometry.samples.map((sample) => {
        const style = sampleStyle(sample.index);
        return (
          <path
            key={`sample-${sample.index}`}
            className="curve-sample"
            d={sample.d}
            stroke={style.color}
            {...(style.dash ? { strokeDasharray: style.dash } : {})}
            data-testid="curve-sample"
          />
        );
      })}
      <path className="curve-avg" d={geometry.avg} data-testid="curve-avg" />
    </g>
  );
});
