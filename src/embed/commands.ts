import * as v from 'valibot';
import type { Model } from '../engine';
import { formatProblem, parseModelText, parseModelValue, type ParseResult } from '../format';
import { describeValue } from '../format/problems';
import { maxNeuronIdLength, neuronIdPattern } from '../share';
import { commandNames, messageType, protocolName, protocolVersion, type CommandName } from './protocol';

/** A command from the embedding page, checked: the step, the neuron id and the model are valid. */
export type Command =
  | { readonly kind: 'goto'; readonly step: number }
  | { readonly kind: 'next' }
  | { readonly kind: 'prev' }
  | { readonly kind: 'play' }
  | { readonly kind: 'pause' }
  /** The model has passed the model file parser with all its limits. */
  | { readonly kind: 'load'; readonly model: Model }
  /** A neuron id ("N:2:0"), or null to select nothing; whether the model has it is checked when applied. */
  | { readonly kind: 'select'; readonly neuron: string | null };

/**
 * The outcome of reading a message: a command, or why it is ignored. `foreign` is true when the message is
 * not addressed to this protocol at all (another script's message): the embed ignores those silently, and
 * warns about the others in the console.
 */
export type CommandResult =
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly reason: string; readonly foreign: boolean };

/** The fields of each command besides "type" and the optional "version". */
const commandFields: Readonly<Record<CommandName, readonly string[]>> = {
  goto: ['step'],
  next: [],
  prev: [],
  play: [],
  pause: [],
  load: ['model'],
  select: ['neuron'],
};

/** What a field must hold, in words. */
const fieldWhat: Readonly<Record<string, string>> = {
  step: 'a whole step number from 0 (0 is the first step)',
  neuron: 'a neuron id such as "N:2:0" (column 2, first neuron), or null',
  model: 'a model file (its JSON object, or its text)',
  version: `${protocolVersion}, the protocol version this embed speaks`,
};

/** The message for the object itself: an unknown field, a missing field, or not an object. */
function shapeMessage(type: string, name: CommandName) {
  return (issue: v.BaseIssue<unknown>): string => {
    const key = issue.path?.[0]?.key;
    const fields = ['type', ...commandFields[name], 'version (optional)'].map((f) => `"${f}"`).join(', ');
    if (issue.expected === 'never')
      return `"${type}" has no field ${describeValue(key)}: it has only ${fields}`;
    if (typeof key === 'string') return `"${type}" needs "${key}": ${fieldWhat[key] ?? 'a value'}`;
    return `"${type}" must be an object with ${fields}`;
  };
}

/** The message for a field's value: what it must hold, and what it holds. */
const valueMessage =
  (type: string, key: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `"${type}" needs "${key}": ${fieldWhat[key] ?? 'a value'}, got ${describeValue(issue.input)}`;

/** The fields every command has: its "type", and an optional "version" that must be this embed's. */
function baseEntries(name: CommandName) {
  const type = messageType(name);
  return {
    type: v.literal(type),
    version: v.optional(v.literal(protocolVersion, valueMessage(type, 'version'))),
  };
}

/** A command without fields, exactly: {"type": "neural-structure:next"}. */
const bare = (name: 'next' | 'prev' | 'play' | 'pause') =>
  v.pipe(
    v.strictObject(baseEntries(name), shapeMessage(messageType(name), name)),
    v.transform((): Command => ({ kind: name })),
  );

const gotoType = messageType('goto');
const stepMessage = valueMessage(gotoType, 'step');

/** {"type": "neural-structure:goto", "step": 3}. */
const gotoSchema = v.pipe(
  v.strictObject(
    {
      ...baseEntries('goto'),
      step: v.pipe(v.number(stepMessage), v.safeInteger(stepMessage), v.minValue(0, stepMessage)),
    },
    shapeMessage(gotoType, 'goto'),
  ),
  v.transform(({ step }): Command => ({ kind: 'goto', step })),
);

const selectType = messageType('select');
const neuronMessage = valueMessage(selectType, 'neuron');

/** {"type": "neural-structure:select", "neuron": "N:2:0"} (or null). */
const selectSchema = v.pipe(
  v.strictObject(
    {
      ...baseEntries('select'),
      neuron: v.nullable(
        v.pipe(
          v.string(neuronMessage),
          v.maxLength(maxNeuronIdLength, neuronMessage),
          v.regex(neuronIdPattern, neuronMessage),
        ),
      ),
    },
    shapeMessage(selectType, 'select'),
  ),
  v.transform(({ neuron }): Command => ({ kind: 'select', neuron })),
);

/** {"type": "neural-structure:load", "model": …}: the model is only held here; the model parser reads it next. */
const loadSchema = v.strictObject(
  { ...baseEntries('load'), model: v.unknown() },
  shapeMessage(messageType('load'), 'load'),
);

/** The schema of every command that needs no more than its shape. */
const schemas: Readonly<Record<Exclude<CommandName, 'load'>, v.GenericSchema<unknown, Command>>> = {
  goto: gotoSchema,
  next: bare('next'),
  prev: bare('prev'),
  play: bare('play'),
  pause: bare('pause'),
  select: selectSchema,
};

/** A message that is not for this protocol. */
const foreign = (reason: string): CommandResult => ({ ok: false, reason, foreign: true });

/** A message for this protocol that is wrong. */
const wrong = (reason: string): CommandResult => ({ ok: false, reason, foreign: false });

/**
 * Reads the model of a `load` command with the model file parser (text or JSON object). A model without samples is
 * refused too: it has no step to show, and a load starts on a step.
 */
function readModel(value: unknown): CommandResult {
  const parsed: ParseResult = typeof value === 'string' ? parseModelText(value) : parseModelValue(value);
  if (parsed.ok && parsed.model.dataset.length === 0)
    return wrong(
      `"${messageType('load')}" has a model without samples ("dataset" is empty): it has no step to show`,
    );
  if (parsed.ok) return { ok: true, command: { kind: 'load', model: parsed.model } };
  const [first, ...rest] = parsed.problems;
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more)`;
  return wrong(
    `"${messageType('load')}" has a model with problems: ${first ? formatProblem(first) : 'unreadable'}${more}`,
  );
}

/** The short command name of a message type, when it is one. */
const commandNameOf = (name: string): CommandName | undefined =>
  commandNames.find((candidate) => candidate === name);

/** Reads a message, trusting nothing about it. */
function readCommand(data: unknown): CommandResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return foreign(`not a ${protocolName} message: ${describeValue(data)}`);
  const type: unknown = Object.hasOwn(data, 'type') ? (data as { type: unknown }).type : undefined;
  const prefix = `${protocolName}:`;
  if (typeof type !== 'string' || !type.startsWith(prefix))
    return foreign(`not a ${protocolName} message: its "type" is ${describeValue(type)}`);
  const name = commandNameOf(type.slice(prefix.length));
  if (name === undefined) {
    const known = commandNames.map((n) => `"${messageType(n)}"`).join(', ');
    return wrong(
      `unknown command ${describeValue(type)}: this embed speaks version ${protocolVersion} of the protocol, whose commands are ${known}`,
    );
  }
  const options = { abortEarly: true, abortPipeEarly: true } as const;
  if (name === 'load') {
    const load = v.safeParse(loadSchema, data, options);
    return load.success ? readModel(load.output.model) : wrong(load.issues[0].message);
  }
  const result = v.safeParse(schemas[name], data, options);
  return result.success ? { ok: true, command: result.output } : wrong(result.issues[0].message);
}

/** Reads a postMessage's data as a command of the protocol; never throws. */
export function parseCommand(data: unknown): CommandResult {
  try {
    return readCommand(data);
  } catch {
    return wrong('the message could not be read');
  }
}
