import { useApp } from '../../store';
import { NeuronCardBody } from '../lazyParts';

/** Parses a neuron id "N:k:j" (k = 0 for the data column). */
function parseNeuron(id: string): { k: number; j: number } | null {
  const match = /^N:(\d+):(\d+)$/.exec(id);
  return match ? { k: Number(match[1]), j: Number(match[2]) } : null;
}

/** The selected neuron's card (see NeuronCardBody), or nothing while no neuron is selected. */
export function SelectedNeuron() {
  const selected = useApp((state) => state.selected);
  const position = selected === null ? null : parseNeuron(selected);
  if (!selected || !position) return null;
  return <NeuronCardBody id={selected} k={position.k} j={position.j} />;
}
