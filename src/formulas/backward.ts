/**
 * The formulas of every step after the first layer's (the forward pass of the other layers, the loss, the learning
 * flow δ, δw and δb, the update): their card lines, and every step's narration, in a chunk of their own (see
 * backwardCode.ts).
 */
export { deltaLines } from './delta';
export { forwardLines } from './forward';
export { lossLines } from './loss';
export { deltaSaid, forwardSaid, lossSaid, updateSaid, weightSaid } from './narration';
export { updateLines } from './update';
export { biasLines, weightLines } from './weights';
