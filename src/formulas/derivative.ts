/** The local derivatives of the activations, as the δ cards write them (loaded with the backward formulas). */
import type { ActivationName } from '../engine';
import { leak, signTest } from './activation';
import {
  cat,
  eq,
  geq,
  glue,
  group,
  ifElse,
  lit,
  minus,
  one,
  paren,
  times,
  words,
  zero,
  type Expr,
} from './expr';
import { activationNames } from './notation';
import { factor, num } from './numbers';

/** x². */
const squared = (x: Expr): Expr => glue(x, lit('^{2}', '²', '^2'));

/** The local derivative ∂L^k_i/∂X^k_i as a function of X (the series' rule or the app's own choice). */
export function derivativeRule(name: ActivationName, X: Expr): Expr {
  const f = activationNames[name];
  switch (name) {
    case 'relu':
      return ifElse(one, cat(X, geq, zero), zero);
    case 'leakyRelu':
      return ifElse(one, cat(X, geq, zero), leak);
    case 'logistic':
      return cat(glue(f, paren(X)), lit('\\mathbin{.}', '.'), paren(cat(one, minus, glue(f, paren(X)))));
    case 'heaviside':
      return zero;
    case 'tanh':
      return cat(one, minus, squared(glue(f, paren(X))));
    case 'identity':
      return one;
  }
}

/**
 * The local derivative at the stored values, after "∂L^k_i/∂X^k_i(o^{k-1}_i) =", ending in its value.
 * `input` is o^{k-1}_i (value x) and `output` is o^k_i (value y).
 */
export function derivativeEvaluation(
  name: ActivationName,
  x: number,
  y: number,
  value: number,
  input: Expr,
  output: Expr,
): Expr {
  switch (name) {
    case 'relu':
    case 'leakyRelu':
      // Bracketed, so that "… else 0 = 1" does not read as "0 = 1".
      return cat(
        paren(ifElse(one, cat(input, geq, zero), name === 'relu' ? zero : leak)),
        eq,
        num(value),
        words(' since '),
        signTest(x),
      );
    case 'logistic':
      return cat(
        output,
        lit('\\mathbin{.}', '.'),
        paren(cat(one, minus, output)),
        eq,
        group(cat(factor(y), times, paren(cat(one, minus, factor(y))))),
        eq,
        num(value),
      );
    case 'tanh':
      return cat(
        one,
        minus,
        squared(paren(output)),
        eq,
        group(cat(one, minus, squared(factor(y)))),
        eq,
        num(value),
      );
    case 'heaviside':
    case 'identity':
      return num(value);
  }
}
