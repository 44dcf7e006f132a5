import * as v from 'valibot';
import { activationNames } from '../engine/model';
import { maxNeuronsPerLayer, maxTitleLength } from './limits';
import { readNumberText, toModelNumber } from './numbers';
import { count, describeValue, expected, type ProblemList } from './problems';

/** A valibot message function: "missing: expected …" or "expected …, got …". */
const expecting =
  (what: string) =>
  (issue: { readonly input: unknown }): string =>
    expected(what, issue.input);

/** Says why a model number is not one, e.g. `expected a finite number, got "1/0" (dividing by 0)`. */
function numberMessage(issue: { readonly input: unknown }): string {
  const base = expected('a finite number', issue.input);
  if (typeof issue.input !== 'string') return base;
  const reading = readNumberText(issue.input);
  if (reading.ok) return base;
  switch (reading.reason) {
    case 'zero-divisor':
      return `${base} (dividing by 0)`;
    case 'too-large':
      return `${base} (too large)`;
    case 'too-small':
      return `${base} (too small to represent: it would round to 0)`;
    case 'not-a-number':
      return base;
  }
}

/** A weight, bias, data component or learning rate: a finite number, or a decimal or fraction as a string. */
export const numberSchema = v.pipe(
  v.custom<number | string>((input) => toModelNumber(input) !== undefined, numberMessage),
  v.transform((input): number => toModelNumber(input) ?? Number.NaN),
);

/** α: a model number greater than 0. */
export const learningRateSchema = v.pipe(
  numberSchema,
  v.gtValue(0, expecting('a positive number such as 0.1 (the learning rate α)')),
);

const sizeWhat = `a whole number of neurons from 1 to ${maxNeuronsPerLayer}`;

/** A layer size: a whole number from 1 to `maxNeuronsPerLayer`. */
export const sizeSchema = v.pipe(
  v.number(expecting(sizeWhat)),
  v.integer(expecting(sizeWhat)),
  v.minValue(1, expecting(sizeWhat)),
  v.maxValue(
    maxNeuronsPerLayer,
    (issue) =>
      `at most ${count(maxNeuronsPerLayer, 'neuron')} per layer are allowed, got ${describeValue(issue.input)}`,
  ),
);

const batchWhat = 'a whole number of samples, at least 1 (the batch size)';

/** The batch size: a whole number, at least 1 (it may exceed the number of samples). */
export const batchSizeSchema = v.pipe(
  v.number(expecting(batchWhat)),
  v.safeInteger(expecting(batchWhat)),
  v.minValue(1, expecting(batchWhat)),
);

/**
 * A run of control characters, which no title holds: C0 (U+0000–U+001F: tab, newline, NUL…) and the bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which would reverse the app's own sentences around a title.
 */
// eslint-disable-next-line no-control-regex -- matching them is the point
const controlRun = /[\u0000-\u001f\u202a-\u202e\u2066-\u2069]+/g;

/** The title: text of at most `maxTitleLength` characters, each run of control characters read as one space. */
export const titleSchema = v.pipe(
  v.string(expecting(`a title: text of at most ${maxTitleLength} characters`)),
  v.transform((title) => title.replace(controlRun, ' ')),
  v.maxLength(
    maxTitleLength,
    (issue) => `the title has ${count(issue.input.length, 'character')}; the limit is ${maxTitleLength}`,
  ),
);

/** The loss function: only the half squared error of the series. */
export const lossSchema = v.literal(
  'halfSquaredError',
  expecting('"halfSquaredError" (the only loss function so far)'),
);

/** The kind of a layer. */
export const kindSchema = v.picklist(
  ['input1d', 'linear', 'activation'],
  expecting('a layer kind: "input1d", "linear" or "activation"'),
);

/** The name of an activation function. */
export const activationSchema = v.picklist(
  activationNames,
  expecting(`an activation function: ${activationNames.map((name) => `"${name}"`).join(', ')}`),
);

/** Validates one value with a schema, recording its problem at `path`; gives the output, or undefined. */
export function check<TOutput>(
  schema: v.GenericSchema<unknown, TOutput>,
  value: unknown,
  path: string,
  problems: ProblemList,
): TOutput | undefined {
  const result = v.safeParse(schema, value, { abortEarly: true, abortPipeEarly: true });
  if (result.success) return result.output;
  problems.add(path, result.issues[0].message);
  return undefined;
}
