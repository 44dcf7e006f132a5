/**
 * Engine benchmark, side by side with TensorFlow.js on CPU: forward + backward per sample, as numbers (what training
 * uses) and with every impact term built (what the stepper shows).
 */
import { computePass, computeValues, type Pass } from '../src/engine';
import { heapUse } from './engine/heap';
import { network, type Network } from './engine/networks';
import { initTfjs, tfjsNetwork, type TfjsResult } from './engine/tfjs';
import { interleave, type Timing } from './engine/timing';

const cases = ['3-1', '8-8-8-1', '64-64-64-10', '784-32-10'];
/** ms of timing per case and implementation (BENCH_BUDGET_MS overrides it). */
const budgetMs = Number(process.env.BENCH_BUDGET_MS ?? 1000);
/** Largest max relative difference accepted between the engine (float64) and tfjs (float32). */
const tolerance = 1e-4;

/** max |a − b| / max |a|: the difference relative to the largest magnitude of the engine's values. */
function relativeDifference(engine: readonly number[], tfjs: ArrayLike<number>): number {
  let diff = engine.length === tfjs.length ? 0 : Infinity;
  let scale = 0;
  engine.forEach((value, i) => {
    diff = Math.max(diff, Math.abs(value - (tfjs[i] ?? NaN)));
    scale = Math.max(scale, Math.abs(value));
  });
  return diff / scale;
}

/** Compares δ^1 (the input gradient) and δw of the first Linear layer (L^2) with tfjs's. */
function crossCheck(pass: Pass, tfjs: TfjsResult): number {
  const delta1 = pass.layers[0]?.delta.map((d) => d.value) ?? [];
  const dw = pass.layers[1]?.dw?.flatMap((row) => row.map((d) => d.value)) ?? [];
  return Math.max(
    relativeDifference(delta1, tfjs.grads[0] ?? []),
    relativeDifference(dw, tfjs.grads[1] ?? []),
  );
}

/** One case's results. */
interface Row {
  readonly net: Network;
  /** computeValues: forward + backward as numbers. */
  readonly engine: Timing;
  /** computePass: the same plus every impact term of every δ, δw and δb. */
  readonly terms: Timing;
  readonly tfjs: Timing;
  readonly diff: number;
  /** tfjs p50 / engine p50, and the ratio required: ≥ 10 up to 64 neurons wide, ≥ 1 beyond. */
  readonly ratio: number;
  readonly target: number;
}

/** Runs one case: cross-check, then interleaved timing of the engine and tfjs. */
function measure(net: Network): Row {
  const tf = tfjsNetwork(net.model, net.sample);
  const diff = crossCheck(computePass(net.model, net.sample), tf.run());
  const [engine, terms, tfjs] = interleave(
    [
      () => computeValues(net.model, net.sample).loss,
      () => computePass(net.model, net.sample).loss,
      () => tf.run().loss,
    ],
    budgetMs,
  );
  tf.dispose();
  if (engine === undefined || terms === undefined || tfjs === undefined) throw new Error('no timing');
  const target = Math.max(...net.sizes) <= 64 ? 10 : 1;
  return { net, engine, terms, tfjs, diff, ratio: tfjs.p50 / engine.p50, target };
}

/** The table's columns: header, width and cell. */
const columns: [string, number, (row: Row) => string][] = [
  ['network', 13, (r) => r.net.name],
  ['engine µs p50 / p90', 22, (r) => `${r.engine.p50.toPrecision(3)} / ${r.engine.p90.toPrecision(3)}`],
  [
    '+ impact terms µs p50',
    24,
    (r) => `${r.terms.p50.toPrecision(3)} (${(r.tfjs.p50 / r.terms.p50).toFixed(2)}×)`,
  ],
  ['tfjs-cpu µs p50 / p90', 24, (r) => `${r.tfjs.p50.toPrecision(3)} / ${r.tfjs.p90.toPrecision(3)}`],
  ['tfjs/engine', 13, (r) => `${r.ratio.toFixed(2)}×`],
  ['target', 14, (r) => `≥ ${r.target}× ${r.ratio >= r.target ? 'met' : 'MISSED'}`],
  ['max rel diff', 14, (r) => r.diff.toExponential(1)],
  ['runs', 0, (r) => `${r.engine.runs} / ${r.terms.runs} / ${r.tfjs.runs}`],
];
const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(columns[c]?.[1] ?? 0)).join('');

console.log(`${await initTfjs()}, node ${process.version}, ${budgetMs} ms per case and implementation`);
console.log(line(columns.map(([header]) => header)));
const rows = cases.map((name) => {
  const row = measure(network(name));
  console.log(line(columns.map(([, , cell]) => cell(row))));
  return row;
});

const largest = network(cases[cases.length - 1] ?? '');
const heap = heapUse(() => computePass(largest.model, largest.sample));
console.log(
  heap === undefined
    ? 'engine heap: run node with --expose-gc to measure it'
    : `engine heap for ${largest.name}: one Pass retains ${heap.retainedMb.toFixed(1)} MB, ` +
        `peak ${heap.peakMb.toFixed(1)} MB above the baseline over ${heap.runs} passes`,
);

const missed = rows.filter((r) => r.ratio < r.target).map((r) => r.net.name);
console.log(missed.length === 0 ? 'all targets met' : `targets missed: ${missed.join(', ')}`);
const wrong = rows.filter((r) => !(r.diff <= tolerance)).map((r) => r.net.name);
if (wrong.length > 0)
  throw new Error(`engine and tfjs gradients differ by more than ${tolerance}: ${wrong.join(', ')}`);
