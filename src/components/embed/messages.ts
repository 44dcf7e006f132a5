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

/**
 * Handles one postMessage: only the embedding page (`parent`) may command the embed, and only with a valid
 * command. Anything else changes nothing; it is ignored with a console warning, or silently when it is not a
 * message of this protocol at all (other scripts' messages). Never throws.
 */
export function handleMessage(
  store: StoreApi<AppState>,
  data: unknown,
  source: unknown,
  parent: unknown,
  warn: Warn = (message) => console.warn(message),
): MessageOutcome {
  const ignore = (reason: string | null): MessageOutcome => {
    if (reason !== null) warn(`${protocolName}: ignored a message: ${reason}.`);
    return { kind: 'ignored', warned: reason !== null };
  };
  try {
    if (source !== parent || source === null || source === undefined)
      return ignore(claimsProtocol(data) ? 'only the page that embeds this one may send commands' : null);
    const result = parseCommand(data);
    if (!result.ok) return ignore(result.foreign ? null : result.reason);
    const refused = apply(store, result.command);
    return refused === null ? { kind: 'applied', command: result.command.kind } : ignore(refused);
  } catch {
    return ignore('it could not be applied');
  }
}
