import type { ActivationName } from '../engine';
import {
  activationPath,
  batchSizePath,
  datasetPath,
  layersPath,
  learningRatePath,
  samplePath,
  sizePath,
  titlePath,
} from './fieldPaths';
import { biasesPath, biasPath, layerPath, weightPath } from './paths';

/** A layer to add: Input 1D (first only), Linear with or without biases, or an Activation. */
export type LayerSpec =
  | { readonly kind: 'input1d'; readonly size: number }
  | { readonly kind: 'linear'; readonly size: number; readonly biases: boolean }
  | { readonly kind: 'activation'; readonly activation: ActivationName };

/** A value typed by the user: a number, or text holding a decimal or a fraction such as "-3000/11600000". */
export type ValueInput = number | string;

/** A sample typed by the user: data input x and expected output y^truth. */
export interface SampleInput {
  readonly x: readonly ValueInput[];
  readonly y: readonly ValueInput[];
}

/**
 * One change to the model, as data. k is the 1-based layer number of L^k; j (output), i (input), sample indices
 * and components are 0-based, as in the engine (the UI adds 1).
 */
export type Edit =
  /** Insert a layer so that it becomes L^k (2 ≤ k ≤ n + 1). */
  | { readonly kind: 'addLayer'; readonly k: number; readonly layer: LayerSpec }
  | { readonly kind: 'removeLayer'; readonly k: number }
  /** Move L^k so that it becomes L^to. */
  | { readonly kind: 'moveLayer'; readonly k: number; readonly to: number }
  | { readonly kind: 'resizeLayer'; readonly k: number; readonly size: ValueInput }
  | { readonly kind: 'setActivation'; readonly k: number; readonly activation: string }
  /** Give a Linear layer biases (all 0) or take them away. */
  | { readonly kind: 'setBiases'; readonly k: number; readonly biases: boolean }
  | {
      readonly kind: 'setWeight';
      readonly k: number;
      readonly j: number;
      readonly i: number;
      readonly value: ValueInput;
    }
  | { readonly kind: 'setBias'; readonly k: number; readonly j: number; readonly value: ValueInput }
  /** Re-draw every Linear layer's weights from the seed (biases back to 0). */
  | { readonly kind: 'reinitialize' }
  /** Add a sample (zeros when none is given) at `index` (the end when absent). */
  | { readonly kind: 'addSample'; readonly sample?: SampleInput; readonly index?: number }
  | { readonly kind: 'removeSample'; readonly index: number }
  /** Set x_c (part 'x') or y^truth_c (part 'y') of a sample. */
  | {
      readonly kind: 'setSampleValue';
      readonly index: number;
      readonly part: 'x' | 'y';
      readonly component: number;
      readonly value: ValueInput;
    }
  | { readonly kind: 'setLearningRate'; readonly value: ValueInput }
  | { readonly kind: 'setBatchSize'; readonly value: ValueInput }
  | { readonly kind: 'setTitle'; readonly title: string };

/** True for the edits that change the shape of the network or the dataset (field paths may then shift). */
export function isStructural(edit: Edit): boolean {
  return [
    'addLayer',
    'removeLayer',
    'moveLayer',
    'resizeLayer',
    'setBiases',
    'addSample',
    'removeSample',
  ].includes(edit.kind);
}

/** The path of the field an edit changes (see paths.ts): where its problems are shown. */
export function editPath(edit: Edit): string {
  switch (edit.kind) {
    case 'addLayer':
    case 'moveLayer':
      return layersPath;
    case 'removeLayer':
      return layerPath(edit.k);
    case 'resizeLayer':
      return sizePath(edit.k);
    case 'setActivation':
      return activationPath(edit.k);
    case 'setBiases':
      return biasesPath(edit.k);
    case 'setWeight':
      return weightPath(edit.k, edit.j, edit.i);
    case 'setBias':
      return biasPath(edit.k, edit.j);
    case 'reinitialize':
      return layersPath;
    case 'addSample':
      return datasetPath;
    case 'removeSample':
      return samplePath(edit.index);
    case 'setSampleValue':
      return samplePath(edit.index, edit.part, edit.component);
    case 'setLearningRate':
      return learningRatePath;
    case 'setBatchSize':
      return batchSizePath;
    case 'setTitle':
      return titlePath;
  }
}

/** Each layer kind as the series names it. */
const kindNames = { input1d: 'Input 1D', linear: 'Linear', activation: 'Activation' } as const;

/** A short plain-text description of an edit, for the undo and redo buttons ("set w^{2,1}_3"). */
export function describeEdit(edit: Edit): string {
  switch (edit.kind) {
    case 'addLayer':
      return `add ${kindNames[edit.layer.kind]} layer L^${edit.k}`;
    case 'removeLayer':
      return `remove layer L^${edit.k}`;
    case 'moveLayer':
      return `move layer L^${edit.k} to L^${edit.to}`;
    case 'resizeLayer':
      return `resize layer L^${edit.k}`;
    case 'setActivation':
      return `change the activation of L^${edit.k}`;
    case 'setBiases':
      return edit.biases ? `add biases to L^${edit.k}` : `remove the biases of L^${edit.k}`;
    case 'setWeight':
      return `set w^{${edit.k},${edit.j + 1}}_${edit.i + 1}`;
    case 'setBias':
      return `set b^${edit.k}_${edit.j + 1}`;
    case 'reinitialize':
      return 're-draw the weights';
    case 'addSample':
      return 'add a sample';
    case 'removeSample':
      return `remove sample ${edit.index + 1}`;
    case 'setSampleValue':
      return edit.part === 'x'
        ? `set x_${edit.component + 1} of sample ${edit.index + 1}`
        : `set y^truth_${edit.component + 1} of sample ${edit.index + 1}`;
    case 'setLearningRate':
      return 'set the learning rate α';
    case 'setBatchSize':
      return 'set the batch size';
    case 'setTitle':
      return 'rename the model';
  }
}
