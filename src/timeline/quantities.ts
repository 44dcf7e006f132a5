/** Key of o^k_j of batch element e (k = 0 is never used: the data is o^1 of Input 1D). */
export const oKey = (element: number, k: number, j: number): string => `o:${element}:${k}:${j}`;

/** Key of δ^k_i of batch element e (k = n + 1 for the loss's learning flow). */
export const deltaKey = (element: number, k: number, i: number): string => `d:${element}:${k}:${i}`;

/** Key of δw^{k,j}_i of batch element e. */
export const dwKey = (element: number, k: number, j: number, i: number): string =>
  `dw:${element}:${k}:${j}:${i}`;

/** Key of δb^k_j of batch element e. */
export const dbKey = (element: number, k: number, j: number): string => `db:${element}:${k}:${j}`;

/** Key of the loss of batch element e. */
export const lossKey = (element: number): string => `loss:${element}`;

/** Key of the updated weights ŵ^k of layer k. */
export const updateKey = (k: number): string => `update:${k}`;
