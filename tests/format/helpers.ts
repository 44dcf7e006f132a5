import { expect } from 'vitest';
import { parseModelText, type ParseResult, type Problem } from '../../src/format';

/** A JSON object of a model file, as read from text. */
export type FileObject = Record<string, unknown> & {
  layers: Record<string, unknown>[];
  dataset: Record<string, unknown>[];
};

/** A fresh, valid model file object (the Example, with fractions as strings) to break in tests. */
export function validFile(): FileObject {
  return {
    format: 'neural-structure',
    version: 1,
    title: 'The Example',
    layers: [
      { kind: 'input1d', size: 3 },
      { kind: 'linear', size: 1, weights: [['1/200', '-3000/11600000', '1/5800']] },
      { kind: 'activation', activation: 'relu' },
    ],
    loss: 'halfSquaredError',
    dataset: [
      { x: [100, 2000, 100], y: [0] },
      { x: [200, 0, 0], y: [1] },
      { x: [0, 2000, 3000], y: [1] },
    ],
    learningRate: 1e-7,
    batchSize: 3,
  };
}

/** A valid file changed by `change`. */
export function fileWith(change: (file: FileObject) => void): FileObject {
  const file = validFile();
  change(file);
  return file;
}

/** The problems of a result that must have failed. */
export function problemsOf(result: ParseResult): readonly Problem[] {
  if (result.ok) throw new Error('expected the model to be rejected, but it parsed');
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

/** Builds [[[…0…]]] nested `depth` times without recursion. */
export function nested(depth: number): unknown {
  let value: unknown = 0;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** One malformed input, where its problem is reported and what it says (exactly, or a fragment of it). */
export interface Case {
  readonly name: string;
  readonly parse: () => ParseResult;
  readonly path: string;
  readonly message?: string;
  readonly fragment?: string;
}

/** Parses the JSON text of a value (a test case's input). */
export const fromText = (value: unknown) => () => parseModelText(JSON.stringify(value));

/** Checks that a case is rejected with its message (or fragment) at its path. */
export function expectProblem({ parse, path, message, fragment }: Case): void {
  const atPath = problemsOf(parse()).filter((problem) => problem.path === path);
  expect(atPath.map((problem) => problem.message)).toContainEqual(
    message ?? expect.stringContaining(fragment ?? '(no message given)'),
  );
}
