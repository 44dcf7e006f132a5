import type { ActivationName } from './model';

/**
 * The local derivative ∂L^k_j/∂V of one impact path V → L^k_j → Loss, as a symbol and its value at the forward state.
 * Indices are 0-based here; every view adds 1.
 */
export type LocalDerivative =
  /** ∂L^k_j/∂X^k_i = W^{k,j}_i, evaluated as w^{k,j}_i (Linear, for δ^k_i). */
  | {
      readonly kind: 'weight';
      readonly k: number;
      readonly j: number;
      readonly i: number;
      readonly value: number;
    }
  /** ∂L^k_j/∂W^{k,j}_i = X^k_i, evaluated as o^{k-1}_i (Linear, for δw^{k,j}_i). */
  | { readonly kind: 'input'; readonly k: number; readonly i: number; readonly value: number }
  /** A derivative that is the constant 1 (Input 1D for δ^1_i, Linear for δb^k_j). */
  | { readonly kind: 'one'; readonly value: 1 }
  /** ∂L^k_i/∂X^k_i = f'(X^k_i), evaluated at x = o^{k-1}_i with y = o^k_i = f(x) (Activation). */
  | {
      readonly kind: 'activation';
      readonly activation: ActivationName;
      readonly k: number;
      readonly i: number;
      readonly x: number;
      readonly y: number;
      readonly value: number;
    };

/** One impact path of a variable V of L^k: V impacts the output L^k_j, which impacts the Loss. */
export interface ImpactTerm {
  /** Index j of the output neuron L^k_j the path goes through. */
  readonly output: number;
  /** δ^{k+1}_j, the "future" learning flow at that output. */
  readonly futureDelta: number;
  /** ∂L^k_j/∂V at the forward values. */
  readonly local: LocalDerivative;
  /** The chain-rule term δ^{k+1}_j . ∂L^k_j/∂V. */
  readonly product: number;
}

/** A derivative of the Loss (δ, δw or δb): its value and the impact terms that sum to it. */
export interface Gradient {
  readonly value: number;
  readonly terms: readonly ImpactTerm[];
}

/** The chain-rule term of one path: future δ times the local derivative. */
export function impactTerm(output: number, futureDelta: number, local: LocalDerivative): ImpactTerm {
  return { output, futureDelta, local, product: futureDelta * local.value };
}
