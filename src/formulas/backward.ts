/**
 * The formulas of every step after the forward pass (the loss, the learning flow δ, δw and δb, the update): their
 * card lines and their narration, in a chunk of their own (see backwardCode.ts).
 */
export { deltaLines } from './delta';
export { lossLines } from './loss';
export { deltaSaid, lossSaid, updateSaid, weightSaid } from './narrateBackward';
export { updateLines } from './update';
export { biasLines, weightLines } from './weights';
