/** Plain-text helpers shared by the editor's fields and labels. */

/** A model number as a field shows it: in full, with an ASCII minus (typed back as is), 0 for −0. */
export const numberText = (value: number): string => String(Object.is(value, -0) ? 0 : value);

/** w^{k,j}_i in the app's plain-text notation (1-based on screen; j and i are 0-based here). */
export const weightName = (k: number, j: number, i: number): string => `w^{${k},${j + 1}}_${i + 1}`;

/** b^k_j in the app's plain-text notation (j is 0-based here). */
export const biasName = (k: number, j: number): string => `b^${k}_${j + 1}`;

/** "1 neuron", "3 neurons". */
export const neurons = (n: number): string => `${n} neuron${n === 1 ? '' : 's'}`;
