import { forward, halfSquaredError, type Model } from '../engine';

/**
 * The loss curve: loss^avg and each sample's loss, measured on the model after each epoch (weights frozen,
 * as the series does after its epoch), in plain number arrays. It keeps at most `maxCurveValues` numbers by
 * keeping one point in `stride` (the stride doubles when the curve is full), so 10,000 epochs stay cheap.
 */
export interface LossCurve {
  /** The model measured at the last point: a run that starts from this very model continues the curve. */
  readonly end: Model;
  /** N, the number of samples each point measures. */
  readonly sampleCount: number;
  /** Position of each point in epochs since the curve began (0 = before training; fractional after single iterations). */
  readonly epochs: readonly number[];
  /** loss^avg = (1/N) Σ_s loss_s at each point. */
  readonly lossAvg: readonly number[];
  /** loss_s, sample s's loss at point p, as sampleLosses[p * sampleCount + s]. */
  readonly sampleLosses: readonly number[];
  /** One candidate point in `stride` is kept. */
  readonly stride: number;
  /** How many candidate points were offered so far (kept or not). */
  readonly offered: number;
}

/** At most this many numbers (points × (1 + N)) are kept in a curve. */
export const maxCurveValues = 300_000;

/** loss_s = Loss(o^n, y^truth) of every sample of the dataset, on the model as it is (forward passes only). */
export function datasetLosses(model: Model): number[] {
  return model.dataset.map((sample) => halfSquaredError(forward(model, sample.x).at(-1) ?? [], sample.y));
}

/** The mean of some losses (loss^avg), or NaN for none. */
export function meanOf(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Builds a curve point by point (mutable, private to a run); `snapshot` gives an immutable curve. */
export class CurveBuilder {
  private epochs: number[];
  private lossAvg: number[];
  private sampleLosses: number[];
  private readonly sampleCount: number;
  private readonly maxPoints: number;
  private stride: number;
  private offered: number;
  private end: Model;
  /** The last point offered but not kept, added back at the end of a run. */
  private skipped: { epoch: number; losses: number[] } | null = null;

  /** A builder that continues `curve` when it ends on `model`, or starts a new curve at epoch 0 on `model`. */
  constructor(model: Model, curve: LossCurve | null) {
    this.sampleCount = model.dataset.length;
    this.maxPoints = Math.max(64, Math.floor(maxCurveValues / (1 + this.sampleCount)));
    this.end = model;
    if (curve !== null && curve.end === model && curve.sampleCount === this.sampleCount) {
      this.epochs = [...curve.epochs];
      this.lossAvg = [...curve.lossAvg];
      this.sampleLosses = [...curve.sampleLosses];
      this.stride = curve.stride;
      this.offered = curve.offered;
    } else {
      this.epochs = [];
      this.lossAvg = [];
      this.sampleLosses = [];
      this.stride = 1;
      this.offered = 0;
      this.offer(0, model);
    }
  }

  /** Where the curve is now, in epochs: a new run's points continue from here. */
  get position(): number {
    return this.skipped?.epoch ?? this.epochs.at(-1) ?? 0;
  }

  /** loss^avg at the last point offered, kept or not. */
  lastLossAvg(): number | undefined {
    return this.skipped ? meanOf(this.skipped.losses) : this.lossAvg.at(-1);
  }

  /** Offers the point of `model` at `epoch`; it is measured and kept when the stride allows. */
  offer(epoch: number, model: Model): void {
    this.end = model;
    if (this.sampleCount === 0) return;
    const keep = this.offered % this.stride === 0;
    this.offered += 1;
    const losses = datasetLosses(model);
    if (!keep) {
      this.skipped = { epoch, losses };
      return;
    }
    this.skipped = null;
    this.push(epoch, losses);
  }

  /** Keeps the last point offered even if the stride skipped it (called when a run ends). */
  keepLast(): void {
    if (this.skipped) this.push(this.skipped.epoch, this.skipped.losses);
    this.skipped = null;
  }

  /** The curve so far, as immutable data. */
  snapshot(): LossCurve {
    return {
      end: this.end,
      sampleCount: this.sampleCount,
      epochs: [...this.epochs],
      lossAvg: [...this.lossAvg],
      sampleLosses: [...this.sampleLosses],
      stride: this.stride,
      offered: this.offered,
    };
  }

  /** Appends a point, halving the points kept when there are too many. */
  private push(epoch: number, losses: readonly number[]): void {
    this.epochs.push(epoch);
    this.lossAvg.push(meanOf(losses));
    for (const loss of losses) this.sampleLosses.push(loss);
    if (this.epochs.length <= this.maxPoints) return;
    const n = this.sampleCount;
    const keep = (_v: number, index: number) => index % 2 === 0;
    this.epochs = this.epochs.filter(keep);
    this.lossAvg = this.lossAvg.filter(keep);
    this.sampleLosses = this.sampleLosses.filter((_v, index) => Math.floor(index / n) % 2 === 0);
    this.stride *= 2;
  }
}
