import { memo } from 'react';
import {
  boldWidth,
  formatFull,
  formatValue,
  plainScripts,
  unicodeScripts,
  sizes,
  textWidth,
  withElement,
  type NeuronLayout,
} from '../../layout';
import { MathText } from './MathText';
import type { Role } from './roles';

/** What a box shows for a value not stored yet. */
export const pending = '—';

/**
 * The font size that fits the box's text on one line (never above the normal size times the label scale), measured
 * bold: the projector theme draws the values bold.
 */
function fitFont(text: string, width: number, scale = 1): number {
  const fit = Math.min((width - 16) / textWidth(text, boldWidth), sizes.box.height * 0.8);
  return Math.round(Math.max(sizes.font.minValue, Math.min(sizes.font.value * scale, fit)));
}

/** What one neuron box shows in the current frame (its column works it out, see NeuronColumn). */
export interface NeuronView {
  readonly role: Role;
  /** The box whose δ is being computed: it glows red rather than blue, the learning flow arrives there. */
  readonly explained: boolean;
  /** o^k_j, shown once stored (the data column's from the start). */
  readonly o: number | null;
  /** δ^{k+1}_j, shown once stored. */
  readonly delta: number | null;
  readonly selected: boolean;
}

/**
 * One neuron box: "o^k_j, δ^{k+1}_j" as values ("—" until stored), with X^{k+1}_j in grey under it. It is a toggle
 * button of the neuron grid (see NeuronGrid): `tabbable` for the one neuron in the tab order (a roving tabindex).
 * Every prop is a plain value, so a step redraws only the boxes it changes.
 */
export const NeuronBox = memo(function NeuronBox({
  neuron,
  role,
  explained,
  o,
  delta,
  selected,
  labelScale,
  element,
  tabbable,
}: NeuronView & {
  readonly neuron: NeuronLayout;
  /** Presentation mode's larger labels: the values grow as far as the box allows (the layout never moves). */
  readonly labelScale: number;
  /** The batch element shown (1-based; its symbols carry it), or undefined for a single sample. */
  readonly element: number | undefined;
  readonly tabbable: boolean;
}) {
  const state = role === 'active' ? 'active' : o !== null ? 'done' : 'pending';
  const oText = o !== null ? formatValue(o) : pending;
  const deltaText = delta !== null ? formatValue(delta) : pending;
  const text = `${oText}, ${deltaText}`;
  // Its quantities in words, with the symbols as screen readers read them (o^2_1) or as the tooltip shows them (o²₁).
  const said = (scripts: (source: string) => string) =>
    `${scripts(withElement(neuron.oSymbol, element))} = ${o !== null ? formatFull(o) : 'not computed yet'}, ${scripts(withElement(neuron.deltaSymbol, element))} = ${delta !== null ? formatFull(delta) : 'not computed yet'}`;
  const spoken = said(plainScripts);
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
      <title>{said(unicodeScripts)}</title>
      <rect
        className="neuron-box"
        x={-width / 2}
        y={-height / 2}
        width={width}
        height={height}
        rx={sizes.box.radius}
      />
      <text className="neuron-value" dominantBaseline="central" fontSize={fitFont(text, width, labelScale)}>
        <tspan className={o !== null ? 'value-o' : 'value-pending'}>{oText}</tspan>
        <tspan className="value-separator">, </tspan>
        <tspan className={delta !== null ? 'value-delta' : 'value-pending'}>{deltaText}</tspan>
      </text>
      <text className="neuron-variable" y={height / 2 + 21} fontSize={sizes.font.variable}>
        <MathText source={withElement(neuron.variable, element)} />
      </text>
    </g>
  );
});
