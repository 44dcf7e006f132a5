import { memo } from 'react';
import { weightColors, weightDashes } from '../../layout';

/** One legend entry: a short line drawn like the thing it explains, then its meaning. */
function Swatch({
  color,
  dash,
  width,
  label,
}: {
  color: string;
  dash?: string | null;
  width: number;
  label: string;
}) {
  return (
    <li>
      <svg width="28" height="12" aria-hidden="true">
        <line
          x1="1"
          y1="6"
          x2="27"
          y2="6"
          stroke={color}
          strokeWidth={width}
          {...(dash ? { strokeDasharray: dash } : {})}
        />
      </svg>
      {label}
    </li>
  );
}

/** What the colours mean: the two flows, and the weights' sign (colour and dash) and size (thickness). */
export const Legend = memo(function Legend({ weights }: { weights: boolean }) {
  return (
    <ul className="diagram-legend" aria-label="Legend">
      <Swatch color="var(--forward, #4682b4)" width={2.5} label="information flow (forward)" />
      <Swatch color="var(--backward, #d00000)" width={2.5} label="learning flow (backward)" />
      {weights && (
        <>
          <Swatch color={weightColors.positive} dash={weightDashes.positive} width={2.5} label="w > 0" />
          <Swatch color={weightColors.negative} dash={weightDashes.negative} width={2.5} label="w < 0" />
          <li className="legend-note">thicker = larger |w|</li>
        </>
      )}
    </ul>
  );
});
