import { memo } from 'react';
import { formatFull, plainScripts, sizes, type BiasLayout } from '../../layout';
import { selectStep, useApp } from '../../store';
import { MathText } from './MathText';
import { biasRole } from './roles';

/** The bias B^k_j of a Linear layer: a pill on its neuron's corner, outlined by the sign (dashed when negative). */
export const BiasMarker = memo(function BiasMarker({ bias }: { bias: BiasLayout }) {
  const role = useApp((state) => biasRole(selectStep(state), bias.k, bias.j));
  const { style } = bias;
  const title = `${plainScripts(bias.symbol)} = ${formatFull(bias.value)}`;
  return (
    <g
      className={`bias is-${role} sign-${style.sign}`}
      data-testid="bias"
      data-id={bias.id}
      role="img"
      aria-label={`bias ${title}`}
    >
      <title>{title}</title>
      <rect
        className="bias-pill"
        x={bias.x - bias.width / 2}
        y={bias.y - bias.height / 2}
        width={bias.width}
        height={bias.height}
        rx={bias.height / 2}
        stroke={style.color}
        {...(style.dash ? { strokeDasharray: style.dash } : {})}
      />
      <text
        className="bias-label"
        x={bias.x}
        y={bias.y}
        dominantBaseline="central"
        fontSize={sizes.font.edge}
      >
        <MathText source={bias.symbol} />
      </text>
    </g>
  );
});
