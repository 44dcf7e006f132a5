import type { StoreApi } from 'zustand/vanilla';
import { parseCommand, protocolName, type Command } from '../../embed';
import { neuronExists } from '../../share';
import type { AppState } from '../../store';

/** What became of a message: a command applied, or ignored (and whether the console was told why). */
export type MessageOutcome =
  | { readonly kind: 'applied'; readonly command: Command['kind'] }
  | { readonly kind: 'ignored'; readonly warned: boolean };

/** Where the embed says why it ignored a message (console.warn in the browser). */
export type Warn = (message: string) => void;

/** True when a message claims to be of this protocol ("neural-structure:…"): such messages are never ignored silently. */
function claimsProtocol(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'type')) return false;
  const type: unknown = (data as { type: unknown }).type;
  return typeof type === 'string' && type.startsWith(`${protocolName}:`);
}

/** The commands that move through the steps: a model without samples has none to move through. */
const moves: readonly Command['kind'][] = ['goto', 'next', 'prev', 'play'];

/** Applies a checked command to the store; gives the reason when the store has nothing to apply it to. */
function apply(store: StoreApi<AppState>, command: Command): string | null {
  const state = store.getState();
  if (moves.includes(command.kind) && state.timeline.steps.length === 0)
    return `"${protocolName}:${command.kind}" has no step to go to: the model has no sample`;
  switch (command.kind) {
    case 'goto':
      state.seek(command.step);
      return null;
    case 'next':
      state.stepForward();
      return null;
    case 'prev':
      state.stepBack();
      return null;
    case 'play':
      state.play();
      return null;
    case 'pause':
      state.pause();
      return null;
    case 'load':
      // The range still applies (the store fits it to the new timeline); the first sample, from `from`.
      state.loadModel(command.model);
      state.showLinkProblem(null);
      return null;
    case 'select':
      if (command.neuron !== null && !neuronExists(state.model, command.neuron))
        return `"${protocolName}:select" names the neuron "${command.neuron}", which this model does not have`;
      state.selectNeuron(command.neuron);
      return null;
  }
}

/** What reading a message gave: a valid command from the parent, or an outcome (it was ignored). */
export type Reading =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly outcome: MessageOutcome };

/** The outcome of an ignored message, after saying why in the console (when there is a reason). */
function ignored(reason: string | null, warn: Warn): MessageOutcome {
  if (reason !== null) warn(`${protocolName}: ignored a message: ${reason}.`);
  return { kind: 'ignored', warned: reason !== null };
}

/**
 * Reads one postMessage: only the embedding page (`parent`) may command the embed, and only with a valid command.
 * Anything else is ignored with a console warning, or silently when it is not a message of this protocol at all
 * (other scripts' messages). Never throws.
 */
export function readMessage(data: unknown, source: unknown, parent: unknown, warn: Warn): Reading {
  try {
    if (source !== parent || source === null || source === undefined) {
      const reason = claimsProtocol(data) ? 'only the page that embeds this one may send commands' : null;
      return { ok: false, outcome: ignored(reason, warn) };
    }
    const result = parseCommand(data);
    if (!result.ok) return { ok: false, outcome: ignored(result.foreign ? null : result.reason, warn) };
    return { ok: true, command: result.command };
  } catch {
    return { ok: false, outcome: ignored('it could not be read', warn) };
  }
}

/** Applies a valid command to the store, or ignores it with a warning when the store has nothing to apply it to. */
export function applyCommand(store: StoreApi<AppState>, command: Command, warn: Warn): MessageOutcome {
  try {
    const refused = apply(store, command);
    return refused === null ? { kind: 'applied', command: command.kind } : ignored(refused, warn);
  } catch {
    return ignored('it could not be applied', warn);
  }
}

/** Handles one postMessage at once: read (see readMessage), then applied. Never throws. */
export function handleMessage(
  store: StoreApi<AppState>,
  data: unknown,
  source: unknown,
  parent: unknown,
  warn: Warn = (message) => console.warn(message),
): MessageOutcome {
  const reading = readMessage(data, source, parent, warn);
  return reading.ok ? applyCommand(store, reading.command, warn) : reading.outcome;
}
