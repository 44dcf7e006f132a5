import { describe, expect, it, vi } from 'vitest';
import { commandReceiver } from '../../../src/components/embed/queue';
import { toModelFile } from '../../../src/format';
import { examplePreset } from '../../../src/presets';
import { createAppStore } from '../../../src/store';
import { createImmediateScheduler } from '../../../src/store/runs';

const parent = { name: 'parent' };

/** A receiver on a fresh store whose `later` tasks run when the test says so. */
function receiverOn() {
  const store = createAppStore(examplePreset.model, { scheduler: createImmediateScheduler() });
  const tasks: (() => void)[] = [];
  const warn = vi.fn<(message: string) => void>();
  const receive = commandReceiver(store, parent, (task) => tasks.push(task), warn);
  const send = (data: unknown) => receive(data, parent);
  return { store, send, warn, runTasks: () => tasks.splice(0).forEach((task) => task()) };
}

/** A load command of the Example titled `title`. */
const load = (title: string) => ({
  type: 'neural-structure:load',
  model: { ...toModelFile(examplePreset.model), title },
});

describe('commandReceiver(store, parent, later)', () => {
  it('applies a command other than load at once', () => {
    const { store, send } = receiverOn();
    send({ type: 'neural-structure:goto', step: 9 });
    expect(store.getState().stepIndex).toBe(9);
  });

  it('applies 300 loads posted in one loop as the last one, with the commands after it, in one task', () => {
    const { store, send, runTasks } = receiverOn();
    for (let i = 0; i < 300; i += 1) send(load(`T${i}`));
    send({ type: 'neural-structure:goto', step: 5 });
    send({ type: 'neural-structure:select', neuron: 'N:2:0' });
    expect(store.getState().model).toBe(examplePreset.model);
    runTasks();
    expect(store.getState()).toMatchObject({ stepIndex: 5, selected: 'N:2:0' });
    expect(store.getState().model.title).toBe('T299');
    expect(store.getState().past).toHaveLength(1);
  });

  it('keeps the order: a command posted after a waiting load is applied after it', () => {
    const { store, send, runTasks } = receiverOn();
    send({ type: 'neural-structure:goto', step: 9 });
    send(load('Next'));
    send({ type: 'neural-structure:next' });
    expect(store.getState().stepIndex).toBe(9);
    runTasks();
    expect(store.getState()).toMatchObject({ stepIndex: 1, model: { title: 'Next' } });
    send({ type: 'neural-structure:next' });
    expect(store.getState().stepIndex).toBe(2);
  });

  it('warns at once about a message it ignores, and later about a command the store refuses', () => {
    const { send, warn, runTasks } = receiverOn();
    send(load('Next'));
    send({ type: 'neural-structure:goto', step: '3' });
    expect(warn).toHaveBeenCalledOnce();
    send({ type: 'neural-structure:select', neuron: 'N:9:9' });
    runTasks();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1]?.[0]).toMatch(/names the neuron "N:9:9"/);
  });
});
