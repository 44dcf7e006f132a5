// Models the browser tests open as saved work or files.

/** The model file of a network of 8 layers of 16 neurons (Input 16, then Linear 16 and ReLU in turn), fixed weights. */
export function deepModelFile() {
  const width = 16;
  const layers = [{ kind: 'input1d', size: width }];
  for (let k = 2; k <= 8; k++) {
    if (k % 2 === 1) layers.push({ kind: 'activation', size: width, activation: 'relu' });
    else {
      const weights = Array.from({ length: width }, (_, j) =>
        Array.from({ length: width }, (_, i) => (((i * 7 + j * 3 + k) % 11) - 5) / 10),
      );
      layers.push({ kind: 'linear', size: width, weights });
    }
  }
  const vector = (offset) => Array.from({ length: width }, (_, i) => ((i + offset) % 5) / 4);
  return {
    format: 'neural-structure',
    version: 1,
    title: '8 × 16',
    layers,
    loss: 'halfSquaredError',
    dataset: [{ x: vector(1), y: vector(2) }],
    learningRate: 0.01,
    batchSize: 1,
  };
}

/** The browser-storage key under which the app saves the work (src/persistence/key.ts). */
export const savedStateKey = 'neural-structure/state';

/** Puts `modelFile` in the browser's storage as saved work on the first step, for the app to restore at start-up. */
export function saveWork(page, modelFile) {
  return page.addInitScript(
    ({ key, savedModel }) => {
      const view = { selection: 0, detail: 'detailed', stepIndex: 0, seed: 1, trainingMode: 'sample' };
      localStorage.setItem(key, JSON.stringify({ app: 'neural-structure', version: 1, savedModel, view }));
    },
    { key: savedStateKey, savedModel: modelFile },
  );
}
