import { memo, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DiagramLayout, NeuronLayout } from '../../layout';
import { useApp } from '../../store';
import { NeuronColumn } from './NeuronColumn';
import './neuronGrid.css';

/** The neuron a key moves to from `from`, or undefined when the key is not a move (or leads nowhere). */
export function neighbour(
  layout: DiagramLayout,
  from: NeuronLayout,
  key: string,
  wholeDiagram: boolean,
): NeuronLayout | undefined {
  const column = (k: number) => layout.neurons.filter((neuron) => neuron.k === k);
  const here = column(from.k);
  switch (key) {
    case 'ArrowUp':
      return here.find((neuron) => neuron.j === from.j - 1);
    case 'ArrowDown':
      return here.find((neuron) => neuron.j === from.j + 1);
    case 'ArrowLeft':
    case 'ArrowRight': {
      // The neuron of the next layer that sits nearest, so that moving back and forth keeps the row.
      const next = column(from.k + (key === 'ArrowRight' ? 1 : -1));
      return next.reduce<NeuronLayout | undefined>(
        (best, neuron) => (!best || Math.abs(neuron.y - from.y) < Math.abs(best.y - from.y) ? neuron : best),
        undefined,
      );
    }
    case 'Home':
      return wholeDiagram ? layout.neurons[0] : here[0];
    case 'End':
      return wholeDiagram ? layout.neurons.at(-1) : here.at(-1);
    default:
      return undefined;
  }
}

/** The neuron id an event happened on, if any. */
const neuronIdOf = (target: EventTarget | null): string | undefined =>
  target instanceof Element
    ? (target.closest<SVGGElement>('[data-testid="neuron"]')?.dataset.id ?? undefined)
    : undefined;

/**
 * The neurons as a keyboard grid with a roving tabindex, one sheet per column (see NeuronColumn): one neuron is in the tab order; the arrows move up and down a
 * layer and left and right between layers, Home and End to the first and last neuron of the layer (with Ctrl, of the
 * diagram); Enter or Space selects a neuron and shows its card, Escape unselects. The keys it uses stop here, so the
 * stepper's arrow shortcuts do not also fire; after a click on a neuron the arrows, Home and End step instead.
 */
export const NeuronGrid = memo(function NeuronGrid({ layout }: { layout: DiagramLayout }) {
  const [roving, setRoving] = useState<string | null>(null);
  const selected = useApp((state) => state.selected);
  const selectNeuron = useApp((state) => state.selectNeuron);
  const group = useRef<HTMLDivElement>(null);
  // True from a click (or a tap) on a neuron until the focus leaves the grid: the arrows then step, not move.
  const byPointer = useRef(false);
  // One sheet per column, with the biases of its layer.
  const columns = useMemo(
    () =>
      layout.columns.map((column) => ({
        k: column.k,
        neurons: layout.neurons.filter((neuron) => neuron.k === column.k),
        biases: layout.biases.filter((bias) => bias.k === column.k),
      })),
    [layout],
  );
  const tabbable =
    [roving, selected].find((id) => id !== null && layout.neuronById.has(id)) ?? layout.neurons[0]?.id;

  const focusNeuron = (id: string) => {
    setRoving(id);
    group.current?.querySelector<SVGGElement>(`[data-testid="neuron"][data-id="${id}"]`)?.focus();
  };
  const toggle = (id: string) => selectNeuron(selected === id ? null : id);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const id = neuronIdOf(event.target);
    const from = id === undefined ? undefined : layout.neuronById.get(id);
    if (!from || event.altKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') toggle(from.id);
    else if (event.key === 'Escape') {
      // Escape unselects; with nothing selected it is left to the page (it leaves presentation mode).
      if (selected === null) return;
      selectNeuron(null);
    } else {
      const to = neighbour(layout, from, event.key, event.ctrlKey);
      const moves = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key);
      // After a click on a neuron the keys are the stepper's: → steps on, with the neuron's card open.
      if (!moves || byPointer.current) return;
      if (to) focusNeuron(to.id);
    }
    event.preventDefault();
    event.stopPropagation();
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const id = neuronIdOf(event.target);
    if (id === undefined) return;
    setRoving(id);
    toggle(id);
  };

  return (
    <div
      ref={group}
      className="neurons diagram-layer"
      role="group"
      aria-label="Neurons: arrow keys move between neurons and layers, Enter shows a neuron's values"
      onKeyDown={onKeyDown}
      onClick={onClick}
      onPointerDown={() => {
        byPointer.current = true;
      }}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
          byPointer.current = false;
      }}
      onFocus={(event) => {
        const id = neuronIdOf(event.target);
        if (id !== undefined && id !== roving) setRoving(id);
      }}
    >
      {columns.map((column) => (
        <NeuronColumn
          key={column.k}
          bounds={layout.bounds}
          k={column.k}
          neurons={column.neurons}
          biases={column.biases}
          tabbable={tabbable}
        />
      ))}
    </div>
  );
});
