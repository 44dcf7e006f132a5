import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Iteration, Model } from '../../engine';
import { chainRuleCard, notation, shared } from '../../formulas';
import { formatValue } from '../../layout';
import { selectElementIndex, selectPass, selectStep, useApp } from '../../store';
import type { Step } from '../../timeline';
import { deltaStored, oStored } from './stored';
import { deltaOf, oOf } from './values';

/**
 * The derivation of δ^{k+1}_j, the learning flow stored in box N:k:j, as plain-text lines of the app's chain-rule card:
 * its impact terms, symbolic then with numbers (for the last column, the line of the Loss that gives it).
 */
function deltaLines(
  model: Model,
  iteration: Iteration,
  element: number,
  k: number,
  j: number,
): { id: string; text: string }[] {
  const base = { id: `neuron-card:${k}:${j}`, element, stores: [] };
  const n = model.layers.length;
  if (k === n) {
    const loss: Step = { ...base, kind: 'loss', phase: 'loss' };
    return chainRuleCard(model, iteration, loss)
      .lines.filter((line) => line.id === `loss:delta:${j}`)
      .map(({ id, text }) => ({ id, text }));
  }
  const delta: Step = { ...base, kind: 'delta', phase: 'backward', k: k + 1, i: j, stage: 'all' };
  return chainRuleCard(model, iteration, delta).lines.map(({ id, kind, text }) => ({
    id,
    text: kind === 'note' ? `Note · ${text}` : text,
  }));
}

/** Where the card sits in the diagram, in CSS pixels from its top-left corner. */
interface Placement {
  readonly left: number;
  readonly top: number;
}

/** The gap between the card and its neuron's box. */
const gap = 14;

/**
 * Where the card of a neuron goes: beside its box, on the left when there is room (the neuron's impact paths go to
 * the right), else on the right; level with the box, kept inside the diagram.
 */
export function placeCard(frame: DOMRect, box: DOMRect, card: { width: number; height: number }): Placement {
  const leftSide = box.left - frame.left - gap - card.width;
  const rightSide = box.right - frame.left + gap;
  const left = leftSide >= 4 || rightSide + card.width > frame.width ? Math.max(4, leftSide) : rightSide;
  const top = box.top - frame.top + box.height / 2 - card.height / 2;
  return {
    left: Math.round(left),
    top: Math.round(Math.max(4, Math.min(top, frame.height - card.height - 4))),
  };
}

/**
 * Keeps the card beside its neuron: placed after each frame that may move the neuron (a step, the view following it,
 * a resize). The first placement waits one animation frame, the time for the view to take its new transform.
 */
function usePlacement(id: string, step: unknown) {
  const card = useRef<HTMLElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  useEffect(() => {
    const element = card.current;
    const frame = element?.parentElement;
    if (!element || !frame) return;
    const place = () => {
      const box = frame.querySelector(`[data-testid="neuron"][data-id="${id}"] .neuron-box`);
      if (!box) return;
      setPlacement(
        placeCard(frame.getBoundingClientRect(), box.getBoundingClientRect(), {
          width: element.offsetWidth,
          height: element.offsetHeight,
        }),
      );
    };
    const request = requestAnimationFrame(place);
    const viewport = frame.querySelector('.diagram-viewport');
    window.addEventListener('resize', place);
    viewport?.addEventListener('transitionend', place);
    return () => {
      cancelAnimationFrame(request);
      window.removeEventListener('resize', place);
      viewport?.removeEventListener('transitionend', place);
    };
  }, [id, step]);
  const style: CSSProperties = placement
    ? { left: placement.left, top: placement.top }
    : { visibility: 'hidden' };
  return { card, style };
}

/**
 * The card of neuron N:k:j, selected: its variable, its o and its δ (once stored), and how δ is made of its impact
 * terms. It comes in a chunk of its own (see SelectedNeuron).
 */
export function NeuronCardBody({ id, k, j }: { id: string; k: number; j: number }) {
  const titleId = useId();
  const model = useApp((state) => state.model);
  const iteration = useApp((state) => state.iteration);
  const element = useApp(selectElementIndex);
  const o = useApp((state) => oOf(selectPass(state), k, j));
  const delta = useApp((state) => deltaOf(selectPass(state), k, j));
  const hasO = useApp((state) => oStored(state, k, j));
  const hasDelta = useApp((state) => deltaStored(state, k, j));
  const selectNeuron = useApp((state) => state.selectNeuron);
  const step = useApp(selectStep);
  const { card, style } = usePlacement(id, step);
  const nt = notation(element, iteration.passes.length);
  const lines = useMemo(
    () => (hasDelta ? deltaLines(model, iteration, element, k, j) : []),
    [hasDelta, model, iteration, element, k, j],
  );
  const close = () => {
    selectNeuron(null);
    document.querySelector<SVGGElement>(`[data-testid="neuron"][data-id="${id}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  const layer = k === 0 ? 'the data (Developer column)' : `${shared.layer(k).text} neurons`;
  const oSymbol = k === 0 ? nt.data(j).text : nt.o(k, j).text;
  // Without a sample (an empty dataset) nothing is ever computed: the card says why.
  const pending = iteration.passes.length === 0 ? 'no sample' : 'not computed yet';
  return (
    <section
      ref={card}
      style={style}
      className="neuron-card"
      data-testid="neuron-card"
      data-id={id}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <header className="neuron-card-header">
        <h2 id={titleId}>
          Neuron {nt.X(k + 1, j).text} <small>of {layer}</small>
        </h2>
        <button
          type="button"
          className="neuron-card-close"
          aria-label="Close the neuron's card"
          onClick={close}
        >
          ×
        </button>
      </header>
      <dl className="neuron-card-values" aria-live="polite">
        <div>
          <dt>Output</dt>
          <dd>
            {oSymbol} = {hasO ? formatValue(o) : pending}
          </dd>
        </div>
        <div>
          <dt>Learning flow</dt>
          <dd>
            {nt.delta(k + 1, j).text} = {hasDelta ? formatValue(delta) : pending}
          </dd>
        </div>
      </dl>
      {lines.length > 0 ? (
        <>
          <h3>Its impact terms</h3>
          <ol className="neuron-card-lines">
            {lines.map((line) => (
              <li key={line.id}>{line.text}</li>
            ))}
          </ol>
        </>
      ) : (
        <p className="neuron-card-note">
          Its learning flow {nt.delta(k + 1, j).text} appears at the step of the backward pass that computes
          it.
        </p>
      )}
    </section>
  );
}
