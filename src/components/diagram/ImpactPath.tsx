import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { formatValue, sizes } from '../../layout';
import { useApp } from '../../store';
import type { ArrowSpec } from './arrows';
import type { MarkerIds } from './Markers';
import { MathText } from './MathText';
import { labelLines } from './pathLabels';

/** The label of a red arrow (see labelLines): its symbol, and the value of its chain-rule term once evaluated. */
function ArrowLabel({ arrow }: { arrow: ArrowSpec }) {
  const { label, symbol, product } = arrow;
  const { symbolY, productY } = labelLines(arrow);
  // presentation.css grows the label's lines by --label-scale.
  const style =
    arrow.labelScale === undefined
      ? undefined
      : ({ '--label-scale': String(arrow.labelScale) } as CSSProperties);
  return (
    <>
      {symbol !== null && (
        <text
          className={product === null ? 'path-label' : 'path-label is-over-product'}
          x={label.x}
          y={symbolY}
          dominantBaseline="central"
          fontSize={sizes.font.path}
          style={style}
        >
          <MathText source={symbol} />
        </text>
      )}
      {product !== null && (
        <text
          className="path-product"
          x={label.x}
          y={productY}
          dominantBaseline="central"
          fontSize={sizes.font.product}
          style={style}
        >
          {formatValue(product)}
        </text>
      )}
    </>
  );
}

/** The state a term's path and label show: its term in focus, another term in focus, or none (''). */
function useTermState(term: number): '' | ' is-focused' | ' is-faded' {
  const focused = useApp((state) => state.focusedTerm === term);
  const someFocused = useApp((state) => state.focusedTerm !== null);
  return focused ? ' is-focused' : someFocused ? ' is-faded' : '';
}

/**
 * The label of an impact path, drawn with the other labels above every red line (on a δ with many paths, the later
 * lines would cross the earlier labels); the path under it takes the pointer.
 */
export const ImpactLabel = memo(function ImpactLabel({ arrow }: { arrow: ArrowSpec }) {
  const state = useTermState(arrow.term ?? -1);
  return (
    <g className={`impact-label${state}${arrow.collapsed ? ' is-collapsed' : ''}`}>
      <ArrowLabel arrow={arrow} />
    </g>
  );
});

/** One impact path of the current gradient: red, focusable, linked to its chain-rule term in the card. */
export const ImpactPath = memo(function ImpactPath({
  arrow,
  markers,
}: {
  arrow: ArrowSpec;
  markers: MarkerIds;
}) {
  const term = arrow.term ?? -1;
  const state = useTermState(term);
  const focusTerm = useApp((state) => state.focusTerm);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      focusTerm(term);
    }
  };
  return (
    <g
      className={`impact-path${state}`}
      data-testid="impact-path"
      data-term={term}
      data-id={arrow.id}
      role="button"
      tabIndex={0}
      aria-label={arrow.description}
      onPointerEnter={() => focusTerm(term)}
      onPointerLeave={() => focusTerm(null)}
      onFocus={() => focusTerm(term)}
      onBlur={() => focusTerm(null)}
      onClick={() => focusTerm(term)}
      onKeyDown={onKeyDown}
    >
      <title>{arrow.description}</title>
      <path className="path-hit" d={arrow.d} />
      <path className="path-line" d={arrow.d} markerEnd={`url(#${markers.backward})`} />
    </g>
  );
});

/** A red arrow that is not a term: the goal's dashed "?" arrow, or a first learning flow from the Loss. */
export const PlainArrow = memo(function PlainArrow({
  arrow,
  markers,
}: {
  arrow: ArrowSpec;
  markers: MarkerIds;
}) {
  return (
    <g
      className={`backward-arrow is-${arrow.kind}`}
      data-testid={arrow.kind === 'question' ? 'question-arrow' : 'loss-path'}
      data-id={arrow.id}
      role="img"
      aria-label={arrow.description}
    >
      <path className="path-line" d={arrow.d} markerEnd={`url(#${markers.backward})`} />
      {!arrow.collapsed && <ArrowLabel arrow={arrow} />}
    </g>
  );
});
