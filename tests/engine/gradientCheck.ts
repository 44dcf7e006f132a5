import { computePass, forward, halfSquaredError, type Model, type Pass, type Sample } from '../../src/engine';

/** Step of the central differences. */
export const h = 1e-5;

/** Activations with a kink or a jump at 0, where finite differences are meaningless. */
const kinked = new Set(['relu', 'leakyRelu', 'heaviside']);

/** One scalar the Loss depends on, its analytic derivative, and the loss with that scalar shifted. */
interface Variable {
  readonly name: string;
  readonly analytic: number;
  readonly shifted: (shift: number) => { model: Model; x: readonly number[]; from: number };
}

/** Loss of `model` run from layer `from` (1-based) on the input x, and the inputs of its kinked activations. */
function evaluate(model: Model, x: readonly number[], from: number, y: readonly number[]) {
  const layers = model.layers.slice(from - 1);
  const o = forward({ ...model, layers }, x);
  const kinks = layers.flatMap((layer, index) =>
    layer.kind === 'activation' && kinked.has(layer.activation) ? (o[index] ?? []) : [],
  );
  return { loss: halfSquaredError(o.at(-1) ?? [], y), kinks };
}

/** Every weight, bias and X^k value of the network, with what the engine says its derivative is. */
function variables(model: Model, sample: Sample, pass: Pass): Variable[] {
  const found: Variable[] = [];
  pass.layers.forEach((layer) => {
    layer.input.forEach((o, i) =>
      found.push({
        name: `δ^${layer.k}_${i + 1}`,
        analytic: layer.delta[i]?.value ?? NaN,
        shifted: (s) => ({ model, x: layer.input.map((v, n) => (n === i ? o + s : v)), from: layer.k }),
      }),
    );
    const spec = model.layers[layer.k - 1];
    if (spec?.kind !== 'linear') return;
    const withLayer = (changed: typeof spec): Model => ({
      ...model,
      layers: model.layers.map((l, n) => (n === layer.k - 1 ? changed : l)),
    });
    spec.weights.forEach((row, j) =>
      row.forEach((w, i) =>
        found.push({
          name: `δw^${layer.k},${j + 1}_${i + 1}`,
          analytic: layer.dw?.[j]?.[i]?.value ?? NaN,
          shifted: (s) => ({
            model: withLayer({
              ...spec,
              weights: spec.weights.map((r, m) => r.map((v, n) => (m === j && n === i ? w + s : v))),
            }),
            x: sample.x,
            from: 1,
          }),
        }),
      ),
    );
    spec.biases?.forEach((b, j) =>
      found.push({
        name: `δb^${layer.k}_${j + 1}`,
        analytic: layer.db?.[j]?.value ?? NaN,
        shifted: (s) => ({
          model: withLayer({ ...spec, biases: spec.biases?.map((v, m) => (m === j ? b + s : v)) ?? [] }),
          x: sample.x,
          from: 1,
        }),
      }),
    );
  });
  return found;
}

/** A derivative whose central difference disagrees with the engine, or undefined when all agree. */
export function firstGradientError(model: Model, sample: Sample, pass: Pass = computePass(model, sample)) {
  for (const variable of variables(model, sample, pass)) {
    const at = (s: number) => {
      const { model: m, x, from } = variable.shifted(s);
      return evaluate(m, x, from, sample.y);
    };
    const [minus, base, plus] = [at(-h), at(0), at(h)];
    // Resample around kinks: skip a variable whose perturbation comes within 10·h of a kink or crosses one.
    const nearKink = base.kinks.some(
      (x, n) => Math.abs(x) < 10 * h || (minus.kinks[n] ?? 0) * (plus.kinks[n] ?? 0) <= 0,
    );
    if (nearKink) continue;
    const numeric = (plus.loss - minus.loss) / (2 * h);
    // The finite difference cannot resolve a derivative below its rounding noise ε·|loss|/h: below it, agree absolutely.
    const noise = (Number.EPSILON * Math.max(1, Math.abs(base.loss))) / h;
    const error = Math.abs(variable.analytic - numeric);
    const relative = error / Math.max(Math.abs(variable.analytic), Math.abs(numeric));
    if (error <= 10 * noise) continue;
    if (!(relative <= 1e-6)) return { name: variable.name, analytic: variable.analytic, numeric, relative };
  }
  return undefined;
}
