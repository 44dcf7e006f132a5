import type { ActivationName } from '../engine';
import {
  boxed,
  cat,
  check,
  eq,
  frac,
  geq,
  group,
  ifElse,
  lit,
  lt,
  minus,
  one,
  times,
  words,
  zero,
  type Expr,
} from './expr';
import { factor, num, operand } from './numbers';

/** 0.01, the slope of leaky ReLU below 0. */
export const leak = lit('0.01');

/** e^{-x}. */
const expMinus = (x: Expr): Expr => ({ tex: `e^{-${x.tex}}`, text: `e^(−${x.text})`, say: `e^(−${x.say})` });

/** f(X) as the series (or, for the derivatives it leaves out, the app) defines it. */
export function definition(name: ActivationName, X: Expr): Expr {
  switch (name) {
    case 'relu':
      return ifElse(X, cat(X, geq, zero), zero);
    case 'leakyRelu':
      return ifElse(X, cat(X, geq, zero), cat(leak, lit('\\mathbin{.}', '.'), X));
    case 'logistic':
      return frac(one, cat(one, lit('+'), expMinus(X)));
    case 'heaviside':
      return ifElse(one, cat(X, geq, zero), zero);
    case 'tanh':
      return frac(cat(lit('e^{X}'), minus, lit('e^{-X}')), cat(lit('e^{X}'), lit('+'), lit('e^{-X}')));
    case 'identity':
      return X;
  }
}

/** The test "x ≥ 0 ✓" or "x < 0" on a stored value. */
export const signTest = (x: number): Expr =>
  group(x >= 0 ? cat(num(x), geq, zero, check) : cat(num(x), lt, zero));

/**
 * How f gives o^k_j = y from o^{k-1}_j = x, ending in the boxed y: a whole line for the thresholds ("o^2_1 = 0 ≥ 0 ✓,
 * so o^3_1 = o^2_1 = 0"), or the continuation of "o^k_j = f(x)" for the smooth functions.
 */
export function evaluation(
  name: ActivationName,
  x: number,
  y: number,
  input: Expr,
  output: Expr,
): { readonly expr: Expr; readonly continues: boolean } {
  switch (name) {
    case 'relu':
    case 'leakyRelu':
    case 'heaviside': {
      const steps =
        x >= 0
          ? name === 'heaviside'
            ? []
            : [input]
          : name === 'leakyRelu'
            ? [cat(leak, times, factor(x))]
            : [];
      const result = cat(...steps.flatMap((s) => [s, eq]), boxed(num(y)));
      return { expr: cat(input, eq, signTest(x), words(', so '), output, eq, result), continues: false };
    }
    case 'logistic':
      return {
        expr: cat(eq, frac(one, cat(one, lit('+'), expMinus(operand(x)))), eq, boxed(num(y))),
        continues: true,
      };
    case 'tanh':
    case 'identity':
      return { expr: cat(eq, boxed(num(y))), continues: true };
  }
}
