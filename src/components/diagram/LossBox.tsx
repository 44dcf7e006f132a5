import { memo } from 'react';
import {
  formatFull,
  formatValue,
  plainScripts,
  sizes,
  mathWidth,
  withElement,
  type DiagramLayout,
} from '../../layout';
import { selectElement, selectPass, selectStep, useApp } from '../../store';
import { useShallow } from 'zustand/react/shallow';
import type { MarkerIds } from './Markers';
import { MathText } from './MathText';
import { pending } from './NeuronBox';
import { lossRole } from './roles';
import { Sheet } from './Sheet';
import { lossStored } from './values';

/** A vector as the series writes it: a scalar alone, several values in parentheses. */
const vector = (values: readonly number[], format: (value: number) => string): string =>
  values.length === 1 ? format(values[0] ?? NaN) : `(${values.map(format).join(', ')})`;

/** Room kept free on each side of a line of the Loss box. */
const lossPadding = 12;

/** The line `symbol = y^truth`, the vector shortened with "…" to fit the Loss box (the full one is in its label). */
function truthLine(symbol: string, values: readonly number[], width: number): string {
  const fits = (line: string) => mathWidth(line, sizes.font.loss) + 2 * lossPadding <= width;
  // The first `shown` values, and "…" when some are left out.
  const line = (shown: number) =>
    `${symbol} = ${shown < values.length ? `(${values.slice(0, shown).map(formatValue).join(', ')}, …)` : vector(values, formatValue)}`;
  let shown = values.length;
  while (shown > 1 && !fits(line(shown))) shown--;
  return line(shown);
}

/**
 * The Loss box: Loss(X^{n+1}, Y^truth), the given y^truth, and the loss once computed; with o^n's arrows into it, on
 * a sheet of its own that dims as a whole.
 */
export const LossBox = memo(function LossBox({
  layout,
  markers,
}: {
  layout: DiagramLayout;
  markers: MarkerIds;
}) {
  const { loss } = layout;
  const role = useApp((state) => lossRole(selectStep(state)));
  // y^truth of the sample shown, or undefined when there is none (an empty dataset).
  const truth = useApp(useShallow((state) => selectPass(state)?.truth));
  const value = useApp((state) => selectPass(state)?.loss ?? NaN);
  const known = useApp(lossStored);
  // The update of a batch is the whole batch's: the box shows its n and loss^avg, the series' indicator (spec 2.4).
  const n = useApp((state) =>
    selectStep(state)?.kind === 'update' && state.iteration.passes.length > 1
      ? state.iteration.passes.length
      : 0,
  );
  const average = useApp((state) => state.iteration.lossAvg);
  const element = useApp(selectElement);
  const state = role === 'active' ? 'active' : known ? 'done' : 'pending';
  const left = loss.x - loss.width / 2;
  const top = loss.y - loss.height / 2;
  const lossText = n ? formatValue(average) : known ? formatValue(value) : pending;
  // y^{truth} and loss of batch element e: y^{truth,e} and loss^e, drawn and spoken alike.
  const truthSymbol = withElement('y^{truth}', element);
  const lossSymbol = n ? 'loss^{avg}' : element === undefined ? 'loss' : `loss^{${element}}`;
  return (
    <Sheet bounds={layout.bounds} className={`loss-sheet is-${role}`}>
      <g className={`loss is-${role}`}>
        {layout.lossEdges.map((edge) => (
          <path
            key={edge.id}
            className="loss-edge"
            data-testid="loss-edge"
            data-id={edge.id}
            d={edge.d}
            markerEnd={`url(#${markers.forward})`}
          />
        ))}
        <g
          data-testid="loss"
          data-id={loss.id}
          data-state={state}
          role="img"
          aria-label={`Loss: ${n ? `a batch of ${n}` : `${plainScripts(truthSymbol)} = ${truth ? vector(truth, formatFull) : 'no sample'}`}, ${plainScripts(lossSymbol)} = ${n ? formatFull(average) : known ? formatFull(value) : 'not computed yet'}`}
        >
          <rect className="loss-box" x={left} y={top} width={loss.width} height={loss.height} rx={6} />
          <text className="loss-title" x={loss.x} y={top + 26} fontSize={sizes.font.loss}>
            <MathText source={withElement(loss.title, n ? undefined : element)} />
          </text>
          <text className="loss-line" x={loss.x} y={top + 60} fontSize={sizes.font.loss}>
            {n ? (
              `a batch of ${n}`
            ) : truth ? (
              <MathText source={truthLine(truthSymbol, truth, loss.width)} />
            ) : (
              <>
                <MathText source={`${truthSymbol} = `} />
                <tspan className="value-pending">{pending}</tspan>
              </>
            )}
          </text>
          <text className="loss-line loss-value" x={loss.x} y={top + 90} fontSize={sizes.font.loss}>
            <MathText source={`${lossSymbol} = `} />
            <tspan className={known ? 'value-loss' : 'value-pending'}>{lossText}</tspan>
          </text>
        </g>
      </g>
    </Sheet>
  );
});
