import { memo } from 'react';
import { formatFull, formatValue, plainScripts, sizes, textWidth, type NeuronLayout } from '../../layout';
import { selectPass, selectStep, useApp } from '../../store';
import { MathText } from './MathText';
import { explains, neuronRole } from './roles';
import { deltaOf, deltaStored, oOf, oStored } from './values';

/** What a box shows for a value not stored yet. */
export const pending = '—';

/** The font size that fits the box's text on one line (never above the normal size times the label scale). */
function fitFont(text: string, width: number, scale = 1): number {
  const fit = Math.min((width - 16) / textWidth(text, 1), sizes.box.height * 0.8);
  return Math.round(Math.max(sizes.font.minValue, Math.min(sizes.font.value * scale, fit)));
}

/**
 * One neuron box: "o^k_j, δ^{k+1}_j" as values ("—" until stored), with X^{k+1}_j in grey under it. It is a toggle
 * button of the neuron grid (see NeuronGrid): `tabbable` for the one neuron in the tab order (a roving tabindex).
 */
export const NeuronBox = memo(function NeuronBox({
  neuron,
  tabbable = false,
}: {
  neuron: NeuronLayout;
  tabbable?: boolean;
}) {
  const { k, j } = neuron;
  const selected = useApp((state) => state.selected === neuron.id);
  // Presentation mode's larger labels: the values grow as far as the box allows (the layout never moves).
  const labelScale = useApp((state) => (state.presenting ? state.labelScale : 1));
  const o = useApp((state) => oOf(selectPass(state), k, j));
  const delta = useApp((state) => deltaOf(selectPass(state), k, j));
  const hasO = useApp((state) => oStored(state, k, j));
  const hasDelta = useApp((state) => deltaStored(state, k, j));
  const role = useApp((state) => neuronRole(selectStep(state), selectPass(state), k, j));
  // The box whose δ is being computed glows red rather than blue: the learning flow arrives there.
  const explained = useApp((state) => role === 'active' && explains(selectStep(state)));

  const state = role === 'active' ? 'active' : hasO ? 'done' : 'pending';
  const oText = hasO ? formatValue(o) : pending;
  const deltaText = hasDelta ? formatValue(delta) : pending;
  const text = `${oText}, ${deltaText}`;
  const spoken = `${plainScripts(neuron.oSymbol)} = ${hasO ? formatFull(o) : 'not computed yet'}, ${plainScripts(neuron.deltaSymbol)} = ${hasDelta ? formatFull(delta) : 'not computed yet'}`;
  const { width, height } = neuron;
  return (
    <g
      className={`neuron is-${role}${explained ? ' is-explained' : ''}${selected ? ' is-selected' : ''}`}
      data-testid="neuron"
      data-id={neuron.id}
      data-state={state}
      transform={`translate(${neuron.x},${neuron.y})`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-pressed={selected}
      aria-label={spoken}
    >
      <title>{spoken}</title>
      <rect
        className="neuron-box"
        x={-width / 2}
        y={-height / 2}
        width={width}
        height={height}
        rx={sizes.box.radius}
      />
      <text className="neuron-value" dominantBaseline="central" fontSize={fitFont(text, width, labelScale)}>
        <tspan className={hasO ? 'value-o' : 'value-pending'}>{oText}</tspan>
        <tspan className="value-separator">, </tspan>
        <tspan className={hasDelta ? 'value-delta' : 'value-pending'}>{deltaText}</tspan>
      </text>
      <text className="neuron-variable" y={height / 2 + 21} fontSize={sizes.font.variable}>
        <MathText source={neuron.variable} />
      </text>
    </g>
  );
});
