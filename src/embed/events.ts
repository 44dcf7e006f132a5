import { parseNeuronId } from '../share';
import type { Phase, Step } from '../timeline';
import { stepLabel } from './label';
import { messageType, protocolVersion, type MessageType } from './protocol';

/** Sent once the embed shows its model: the protocol version it speaks and how many steps there are. */
export interface ReadyEvent {
  readonly type: MessageType<'ready'>;
  readonly version: typeof protocolVersion;
  readonly total: number;
}

/** Sent whenever the step changes: its index (0-based), the step count, its phase and a plain-text label. */
export interface StepEvent {
  readonly type: MessageType<'step'>;
  readonly index: number;
  readonly total: number;
  readonly phase: Phase;
  readonly label: string;
}

/** Sent when the selected neuron changes: its id ("N:k:j"), or null. */
export interface SelectEvent {
  readonly type: MessageType<'select'>;
  readonly neuron: string | null;
}

/** Sent when the embed's content height changes, in CSS pixels, so the page can size the iframe. */
export interface ResizeEvent {
  readonly type: MessageType<'resize'>;
  readonly height: number;
}

/** Any event the embed sends to its page. Events carry no user data: no title, no values typed by the user. */
export type EmbedEvent = ReadyEvent | StepEvent | SelectEvent | ResizeEvent;

/** A count or an index as a whole number from 0 (anything else becomes 0). */
const whole = (n: number): number => (Number.isSafeInteger(n) && n >= 0 ? n : 0);

/** The `ready` event: {"type": "neural-structure:ready", "version": 1, "total": 48}. */
export function readyEvent(total: number): ReadyEvent {
  return { type: messageType('ready'), version: protocolVersion, total: whole(total) };
}

/** The `step` event for the step at `index` of a timeline of `total` steps; its label is made from the step alone. */
export function stepEvent(index: number, total: number, step: Step): StepEvent {
  return {
    type: messageType('step'),
    index: whole(index),
    total: whole(total),
    phase: step.phase,
    label: stepLabel(step),
  };
}

/** The `select` event; anything but a neuron id is sent as null. */
export function selectEvent(neuron: string | null): SelectEvent {
  return { type: messageType('select'), neuron: parseNeuronId(neuron) === undefined ? null : neuron };
}

/** The tallest height sent (CSS pixels): a runaway layout is not passed on to the page. */
export const maxEmbedHeight = 100_000;

/** The `resize` event, the height rounded up to whole pixels and kept within [0, maxEmbedHeight]. */
export function resizeEvent(height: number): ResizeEvent {
  const pixels = Number.isFinite(height) ? Math.min(maxEmbedHeight, Math.max(0, Math.ceil(height))) : 0;
  return { type: messageType('resize'), height: pixels };
}
