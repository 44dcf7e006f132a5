/**
 * Training benchmark: the time of one epoch, with the engine alone (trainEpoch: forward, backward and update per
 * iteration) and with the store-free runner the app uses (runEpochs: the same, plus the loss curve measured after
 * every epoch and the checkpoints that let the stepper replay any iteration). Medians over several runs.
 *
 *   npm run bench training        BENCH_RUNS: runs per case (7 on the Example, 3 on the large network)
 */
import { trainEpoch, type Model, type TrainingMode } from '../src/engine';
import { chunkFor } from '../src/store/runs';
import { runEpochs } from '../src/training';
import { denseModel, example } from './training/models';
import { formatMs, quantile, timeRuns } from './training/stats';

/** Runs per case: BENCH_RUNS, else 7 (3 for cases whose epochs take seconds). */
const runsOf = (c: Case) => Number(process.env.BENCH_RUNS ?? (c.model.dataset.length > 100 ? 3 : 7));

/** One case: a model, a mode, and how many epochs each timed run does (enough for a few ms at least). */
interface Case {
  readonly name: string;
  readonly model: Model;
  readonly mode: TrainingMode;
  readonly epochs: number;
}

const dense = denseModel('64-64-64-10', 1000);
const cases: Case[] = [
  { name: 'Example (3 samples)', model: example, mode: 'sample', epochs: 2000 },
  { name: 'Example (3 samples)', model: example, mode: 'batch', epochs: 2000 },
  { name: '64-64-64-10 × 1,000 samples', model: dense, mode: 'sample', epochs: 1 },
  { name: '64-64-64-10 × 1,000 samples', model: dense, mode: 'batch', epochs: 1 },
];

/** trainEpoch `epochs` times in a row, each on the model the previous one left. */
function engineEpochs(model: Model, mode: TrainingMode, epochs: number): void {
  let current = model;
  for (let e = 0; e < epochs; e++) current = trainEpoch(current, mode).model;
}

/** runEpochs to the end, in the slices the app would use. */
function runnerEpochs(model: Model, mode: TrainingMode, epochs: number): void {
  const run = runEpochs(model, mode, epochs, { chunk: chunkFor(model, mode) });
  for (let step = run.next(); !step.done; step = run.next());
}

/** A rate: whole with separators from 100 up, else 3 significant digits. */
const rate = (n: number): string => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));

/** The table's columns: header, width and cell. */
interface Row {
  readonly c: Case;
  readonly engine: number[];
  readonly runner: number[];
}
const columns: [string, number, (row: Row) => string][] = [
  ['model', 30, (r) => r.c.name],
  [
    'mode',
    9,
    (r) =>
      r.c.mode === 'sample' ? 'sample' : `batch ${Math.min(r.c.model.batchSize, r.c.model.dataset.length)}`,
  ],
  [
    'iterations/epoch',
    18,
    (r) =>
      (r.c.mode === 'sample'
        ? r.c.model.dataset.length
        : Math.ceil(r.c.model.dataset.length / r.c.model.batchSize)
      ).toLocaleString('en-US'),
  ],
  [
    'trainEpoch p50 / p90',
    24,
    (r) => `${formatMs(quantile(r.engine, 0.5))} / ${formatMs(quantile(r.engine, 0.9))}`,
  ],
  [
    'runEpochs p50 / p90',
    24,
    (r) => `${formatMs(quantile(r.runner, 0.5))} / ${formatMs(quantile(r.runner, 0.9))}`,
  ],
  ['runner/engine', 15, (r) => `${(quantile(r.runner, 0.5) / quantile(r.engine, 0.5)).toFixed(2)}×`],
  ['epochs/s (runner)', 19, (r) => rate(1000 / quantile(r.runner, 0.5))],
  ['runs', 0, (r) => String(r.engine.length)],
];
const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(columns[c]?.[1] ?? 0)).join('');

console.log(
  `node ${process.version}; time per epoch: median (p50) and p90 of several runs after a warm-up run`,
);
console.log(line(columns.map(([header]) => header)));
for (const c of cases) {
  const [engine = [], runner = []] = timeRuns(
    [() => engineEpochs(c.model, c.mode, c.epochs), () => runnerEpochs(c.model, c.mode, c.epochs)],
    c.epochs,
    runsOf(c),
  );
  console.log(line(columns.map(([, , cell]) => cell({ c, engine, runner }))));
}
console.log(
  'runEpochs also measures loss^avg and each sample’s loss after every epoch (one forward pass per sample) and keeps checkpoints.',
);
