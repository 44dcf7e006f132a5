import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toModelFile } from '../../src/format';
import { presets } from '../../src/presets';
import { parseCommand, type CommandResult } from '../../src/embed';

const example = presets[0]?.model ?? (undefined as never);

/** A valid message of every command, and the command it gives. */
const valid: readonly (readonly [Record<string, unknown>, unknown])[] = [
  [
    { type: 'neural-structure:goto', step: 3 },
    { kind: 'goto', step: 3 },
  ],
  [
    { type: 'neural-structure:goto', step: 0, version: 1 },
    { kind: 'goto', step: 0 },
  ],
  [{ type: 'neural-structure:next' }, { kind: 'next' }],
  [{ type: 'neural-structure:prev' }, { kind: 'prev' }],
  [{ type: 'neural-structure:play' }, { kind: 'play' }],
  [{ type: 'neural-structure:pause', version: 1 }, { kind: 'pause' }],
  [
    { type: 'neural-structure:select', neuron: 'N:2:0' },
    { kind: 'select', neuron: 'N:2:0' },
  ],
  [
    { type: 'neural-structure:select', neuron: null },
    { kind: 'select', neuron: null },
  ],
  [
    { type: 'neural-structure:load', model: toModelFile(example) },
    { kind: 'load', model: example },
  ],
  [
    { type: 'neural-structure:load', model: JSON.stringify(toModelFile(example)) },
    { kind: 'load', model: example },
  ],
];

/** The reason of a result that must have been refused. */
function reasonOf(result: CommandResult): string {
  if (result.ok) throw new Error(`expected the message to be refused, got ${JSON.stringify(result.command)}`);
  expect(result.reason.length).toBeGreaterThan(0);
  return result.reason;
}

describe('parseCommand(data)', () => {
  it('reads every command of the protocol', () => {
    for (const [message, command] of valid) expect(parseCommand(message)).toEqual({ ok: true, command });
  });

  it('never throws on anything, and only accepts exact commands', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        (data) => {
          const result = parseCommand(data);
          if (result.ok) throw new Error(`accepted ${String(data)}`);
          expect(result.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses mutated valid commands: a field changed, added or removed, or the type changed', () => {
    const messages = valid.map(([message]) => message);
    fc.assert(
      fc.property(
        fc.constantFrom(...messages),
        fc.oneof(
          fc.record({
            kind: fc.constant('set' as const),
            key: fc.constantFrom('type', 'step', 'neuron', 'model', 'version'),
            value: fc.anything(),
          }),
          fc.record({
            kind: fc.constant('add' as const),
            key: fc.string({ maxLength: 8 }),
            value: fc.anything(),
          }),
          fc.record({
            kind: fc.constant('remove' as const),
            key: fc.constantFrom('step', 'neuron', 'model', 'type'),
          }),
        ),
        (message, change) => {
          const entries = Object.entries(message);
          const keys = entries.map(([key]) => key);
          if (change.kind === 'remove' && !keys.includes(change.key)) return;
          if (change.kind === 'add' && ['type', 'version', ...keys].includes(change.key)) return;
          if (change.kind === 'set' && !keys.includes(change.key) && change.key !== 'version') return;
          const kept = entries.filter(([key]) => key !== change.key);
          const changed: Record<string, unknown> = Object.fromEntries(
            change.kind === 'remove' ? kept : [...kept, [change.key, change.value]],
          );
          const result = parseCommand(changed);
          if (result.ok) {
            // Only a change to another valid value may be accepted.
            const { kind } = result.command;
            expect(changed.type).toBe(`neural-structure:${kind}`);
            if (change.kind === 'set' && change.key === 'step')
              expect(Number.isSafeInteger(change.value)).toBe(true);
            if (change.kind === 'set' && change.key === 'version')
              expect([1, undefined]).toContain(change.value);
            if (change.kind === 'set' && change.key === 'neuron')
              expect(change.value === null || /^N:\d+:\d+$/.test(String(change.value))).toBe(true);
            expect(change.kind === 'add' || change.kind === 'remove').toBe(false);
          } else expect(result.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('says why, and marks the messages of other scripts as foreign', () => {
    expect(parseCommand({ type: 'react-devtools', payload: 1 })).toEqual({
      ok: false,
      reason: 'not a neural-structure message: its "type" is "react-devtools"',
      foreign: true,
    });
    expect(parseCommand('hello')).toMatchObject({ ok: false, foreign: true });
    expect(parseCommand({ type: 'neural-structure:jump', step: 3 })).toEqual({
      ok: false,
      reason:
        'unknown command "neural-structure:jump": this embed speaks version 1 of the protocol, whose commands are "neural-structure:goto", "neural-structure:next", "neural-structure:prev", "neural-structure:play", "neural-structure:pause", "neural-structure:load", "neural-structure:select"',
      foreign: false,
    });
    expect(reasonOf(parseCommand({ type: 'neural-structure:goto', step: '3' }))).toBe(
      '"neural-structure:goto" needs "step": a whole step number from 0 (0 is the first step), got "3"',
    );
    expect(reasonOf(parseCommand({ type: 'neural-structure:goto' }))).toBe(
      '"neural-structure:goto" needs "step": a whole step number from 0 (0 is the first step)',
    );
    expect(reasonOf(parseCommand({ type: 'neural-structure:next', step: 1 }))).toBe(
      '"neural-structure:next" has no field "step": it has only "type", "version (optional)"',
    );
    expect(reasonOf(parseCommand({ type: 'neural-structure:play', version: 2 }))).toBe(
      '"neural-structure:play" needs "version": 1, the protocol version this embed speaks, got 2',
    );
    expect(reasonOf(parseCommand({ type: 'neural-structure:select', neuron: 'L2:1' }))).toBe(
      '"neural-structure:select" needs "neuron": a neuron id such as "N:2:0" (column 2, first neuron), or null, got "L2:1"',
    );
  });

  it('refuses steps that are negative, fractional, unsafe or not numbers', () => {
    for (const step of [-1, 1.5, Number.NaN, Infinity, 2 ** 53, '1', null, [1], { valueOf: () => 1 }])
      reasonOf(parseCommand({ type: 'neural-structure:goto', step }));
  });

  it('refuses neuron ids that are long, padded or not canonical', () => {
    for (const neuron of [
      'N:1:0 ',
      ' N:1:0',
      'N:01:0',
      'N:1000:0',
      'N:1:0'.repeat(1000),
      'n:1:0',
      'N:-1:0',
      3,
      undefined,
    ])
      reasonOf(parseCommand({ type: 'neural-structure:select', neuron }));
  });

  it("refuses a load whose model the parser rejects, with the parser's first problem", () => {
    const file = toModelFile(example);
    expect(
      reasonOf(parseCommand({ type: 'neural-structure:load', model: { ...file, learningRate: 'fast' } })),
    ).toBe(
      '"neural-structure:load" has a model with problems: learningRate: expected a finite number, got "fast"',
    );
    expect(reasonOf(parseCommand({ type: 'neural-structure:load', model: '{' }))).toMatch(
      /^"neural-structure:load" has a model with problems: \(file\): invalid JSON/,
    );
    expect(reasonOf(parseCommand({ type: 'neural-structure:load', model: 'x'.repeat(4700 * 1024) }))).toMatch(
      /the limit is 4,603 KB/,
    );
  });

  it('refuses a load of a model without samples: it has no step to show', () => {
    const model = { ...toModelFile(example), dataset: [] };
    expect(reasonOf(parseCommand({ type: 'neural-structure:load', model }))).toBe(
      '"neural-structure:load" has a model without samples ("dataset" is empty): it has no step to show',
    );
  });

  it('refuses a hostile load of 10 million weights or samples by their length, and returns', () => {
    const file = toModelFile(example);
    const huge = new Array<number>(10_000_000).fill(0);
    const layers = [file.layers[0], { kind: 'linear', size: 1, weights: [huge] }, file.layers[2]];
    expect(reasonOf(parseCommand({ type: 'neural-structure:load', model: { ...file, layers } }))).toMatch(
      /got 10,000,000/,
    );
    expect(
      reasonOf(parseCommand({ type: 'neural-structure:load', model: { ...file, dataset: huge } })),
    ).toMatch(/got 10,000,000/);
    expect(reasonOf(parseCommand({ type: 'neural-structure:load', model: huge }))).toMatch(
      /a list of 10,000,000 items/,
    );
  });
});
