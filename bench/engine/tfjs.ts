/** The same networks in TensorFlow.js on its CPU backend: loss ½ Σ (o − y)² and its gradients, read back to JS. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { isLearningLayer, type Model, type Sample } from '../../src/engine';

/** The loss and its gradients: grads[0] = ∂Loss/∂x, then ∂Loss/∂W (row-major [out][in]) and ∂Loss/∂b per Linear. */
export interface TfjsResult {
  readonly loss: number;
  readonly grads: readonly ArrayLike<number>[];
}

/** One network held as tfjs tensors. */
export interface TfjsNetwork {
  /** Forward, loss and backward of the sample, with every value read back to JS. */
  readonly run: () => TfjsResult;
  readonly dispose: () => void;
}

/** Selects the CPU backend (in production mode, which also silences its "use tfjs-node" warning). */
export async function initTfjs(): Promise<string> {
  tf.enableProdMode();
  await tf.setBackend('cpu');
  await tf.ready();
  return `tfjs-core ${tf.version_core}, backend ${tf.getBackend()}`;
}

/** Builds the model's network in tfjs: x·Wᵀ + b, ReLU between Linears and Logistic after the last one. */
export function tfjsNetwork(model: Model, sample: Sample): TfjsNetwork {
  const linears = model.layers.filter(isLearningLayer);
  const params = linears.flatMap((layer) => [
    tf.tensor2d(layer.weights.map((row) => [...row])),
    tf.tensor1d([...(layer.biases ?? [])]),
  ]);
  const x = tf.tensor2d([[...sample.x]]);
  const y = tf.tensor2d([[...sample.y]]);
  const lossOf = (input: tf.Tensor, ...weights: tf.Tensor[]): tf.Scalar => {
    let o = input;
    for (let n = 0; n < linears.length; n++) {
      const z = tf.add(
        tf.matMul(o, weights[2 * n] as tf.Tensor, false, true),
        weights[2 * n + 1] as tf.Tensor,
      );
      o = n === linears.length - 1 ? tf.sigmoid(z) : tf.relu(z);
    }
    return tf.mul(0.5, tf.sum(tf.square(tf.sub(o, y))));
  };
  const valueAndGrads = tf.valueAndGrads(lossOf);
  const run = (): TfjsResult => {
    let result: TfjsResult = { loss: NaN, grads: [] };
    tf.tidy(() => {
      const { value, grads } = valueAndGrads([x, ...params]);
      result = { loss: value.dataSync()[0] ?? NaN, grads: grads.map((g) => g.dataSync()) };
    });
    return result;
  };
  return { run, dispose: () => tf.dispose([x, y, ...params]) };
}
