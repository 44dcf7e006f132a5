import { formatValue, mathWidth, sizes, withElement, type EdgeLayout } from '../../layout';
import { selectElement, selectElementIndex, useApp } from '../../store';
import { MathText } from './MathText';
import { dwStored, updateStored } from './stored';

/** The lines of a Linear edge's tooltip (script notation): w, then δw once computed, then w → ŵ once applied. */
function useEdgeLines(edge: EdgeLayout): string[] {
  const { k, j, i } = edge;
  const dw = useApp(
    (state) => state.iteration.passes[selectElementIndex(state)]?.layers[k - 1]?.dw?.[j]?.[i]?.value ?? NaN,
  );
  const hasDw = useApp((state) => dwStored(state, k, j, i));
  const after = useApp((state) => {
    const layer = state.iteration.after.layers[k - 1];
    return layer?.kind === 'linear' ? (layer.weights[j]?.[i] ?? NaN) : NaN;
  });
  const updated = useApp((state) => updateStored(state, k));
  // In a batch: the element shown (1-based; its δw carries it, spec 1.5), and the sum δw^{avg} that the update uses.
  const element = useApp(selectElement);
  const dwAvg = useApp(
    (state) => state.iteration.gradients.find((gradients) => gradients.k === k)?.dw[j]?.[i] ?? NaN,
  );
  if (edge.weight === null || edge.symbol === null) return [];
  const w = edge.symbol;
  const lines = [`${w} = ${formatValue(edge.weight)}`];
  if (hasDw) lines.push(`${withElement(`δ${w}`, element)} = ${formatValue(dw)}`);
  if (updated && element !== undefined) lines.push(`${withElement(`δ${w}`, 'avg')} = ${formatValue(dwAvg)}`);
  if (updated) lines.push(`update: ${formatValue(edge.weight)} → ŵ${w.slice(1)} = ${formatValue(after)}`);
  return lines;
}

/** The on-demand label of the Linear edge under the pointer: its weight, its δw and its update. */
export function EdgeTooltip({ edge }: { edge: EdgeLayout }) {
  const lines = useEdgeLines(edge);
  if (lines.length === 0) return null;
  const fontSize = sizes.font.edge;
  const lineHeight = fontSize * 1.5;
  // A margin of a third of a line above and below, and of ¾ of a line on each side (the widths are estimates).
  const margin = lineHeight / 3;
  const width = Math.max(...lines.map((line) => mathWidth(line, fontSize))) + 1.5 * lineHeight;
  const height = lines.length * lineHeight + 2 * margin;
  const y = edge.label.y - height - 16;
  return (
    <g className="edge-tooltip" data-testid="edge-tooltip">
      <rect x={edge.label.x - width / 2} y={y} width={width} height={height} rx={6} />
      {lines.map((line, n) => (
        <text
          key={line}
          x={edge.label.x}
          y={y + margin + lineHeight * (n + 0.5)}
          dominantBaseline="central"
          fontSize={fontSize}
        >
          <MathText source={line} />
        </text>
      ))}
    </g>
  );
}
