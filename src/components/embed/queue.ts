import type { StoreApi } from 'zustand/vanilla';
import type { Command } from '../../embed';
import type { AppState } from '../../store';
import { applyCommand, readMessage, type Warn } from './messages';

/** Runs a task soon, in a task of its own (setTimeout in the browser). */
export type Later = (task: () => void) => void;

/**
 * Receives the parent's messages and applies their commands in order, except that a `load` waits for a task of its
 * own, with what comes after it: the commands a page posts in one loop are then applied together, from the last
 * load on (a load starts the model over: what came before it would change nothing), and the view draws once. A
 * flood of loads drawn one by one made React give up ("maximum update depth").
 */
export function commandReceiver(
  store: StoreApi<AppState>,
  parent: unknown,
  later: Later,
  warn: Warn = (message) => console.warn(message),
): (data: unknown, source: unknown) => void {
  let waiting: Command[] | null = null;
  const flush = () => {
    const commands = waiting ?? [];
    waiting = null;
    const lastLoad = commands.findLastIndex((command) => command.kind === 'load');
    for (const command of commands.slice(Math.max(0, lastLoad))) applyCommand(store, command, warn);
  };
  return (data, source) => {
    const reading = readMessage(data, source, parent, warn);
    if (!reading.ok) return;
    if (waiting !== null) waiting.push(reading.command);
    else if (reading.command.kind !== 'load') applyCommand(store, reading.command, warn);
    else {
      waiting = [reading.command];
      later(flush);
    }
  };
}
