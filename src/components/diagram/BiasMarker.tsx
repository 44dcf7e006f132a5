import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { biasPath } from '../../editing';
import { formatFull, plainScripts, sizes, unicodeScripts, type BiasLayout } from '../../layout';
import { useIsEditing, useOpenWeightEditor } from '../edit/weightEditing';
import { MathText } from './MathText';
import type { Role } from './roles';

/**
 * The bias B^k_j of a Linear layer: a pill on its neuron's corner, outlined by the sign (dashed when negative). Its
 * role in the step and whether its field has a problem come from its column (see NeuronColumn).
 */
export const BiasMarker = memo(function BiasMarker({
  bias,
  role,
  problems,
}: {
  bias: BiasLayout;
  role: Role;
  /** The model's fields with a problem (see the edit slice), by path. */
  problems: Readonly<Record<string, unknown>>;
}) {
  const { style } = bias;
  const title = `${plainScripts(bias.symbol)} = ${formatFull(bias.value)}`;
  const tooltip = `${unicodeScripts(bias.symbol)} = ${formatFull(bias.value)}`;
  // The pill is a button: click it, or Enter on it, to edit the bias inline.
  const openEditor = useOpenWeightEditor();
  const problem = openEditor !== null && biasPath(bias.k, bias.j) in problems;
  const target = { kind: 'bias', k: bias.k, j: bias.j } as const;
  const editingNow = useIsEditing(target);
  const editing = openEditor
    ? {
        tabIndex: 0,
        role: 'button',
        'aria-label': `bias ${title}: press Enter to edit`,
        onClick: (event: MouseEvent<SVGGElement>) =>
          openEditor(target, event.currentTarget, { x: event.clientX, y: event.clientY }),
        onKeyDown: (event: KeyboardEvent<SVGGElement>) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          openEditor(target, event.currentTarget);
        },
      }
    : { role: 'img', 'aria-label': `bias ${title}` };
  return (
    <g
      className={`bias is-${role} sign-${style.sign}${openEditor ? ' is-editable' : ''}${problem ? ' has-problem' : ''}${editingNow ? ' is-editing' : ''}`}
      data-testid="bias"
      data-id={bias.id}
      {...editing}
    >
      <title>{tooltip}</title>
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
      {/* The scripts reach higher over the letter than under it: one unit down centres the ink in the pill. */}
      <text
        className="bias-label"
        x={bias.x}
        y={bias.y + 1}
        dominantBaseline="central"
        fontSize={sizes.font.bias}
      >
        <MathText source={bias.symbol} />
      </text>
    </g>
  );
});
