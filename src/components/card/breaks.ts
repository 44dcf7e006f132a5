/**
 * The relations and the binary operator of src/formulas after which a long formula may go on to the next line, as TeX
 * breaks inline math (products and differences that must stay whole are groups of their own).
 */
const breakers = ['=', '<', '\\geq', '+'];

/** The break the words of a formula allow between and around them (see `words` in src/formulas/expr.ts). */
const allowBreak = '\\allowbreak';

/** Calls `visit` with each token of a LaTeX string at its top level (a command or a character) and where it starts. */
function topLevel(latex: string, visit: (token: string, at: number) => void): void {
  let depth = 0;
  for (let at = 0; at < latex.length; at++) {
    const rest = latex.slice(at);
    if (rest.startsWith('\\begin{')) depth++;
    else if (rest.startsWith('\\end{')) depth--;
    const char = latex[at] ?? '';
    if (char === '\\') {
      const command = /^\\(?:[A-Za-z]+|.)/.exec(rest)?.[0] ?? '\\';
      if (depth === 0) visit(command, at);
      at += command.length - 1;
    } else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (depth === 0) visit(char, at);
  }
}

/**
 * The pieces of a LaTeX string of src/formulas between the places where a browser may break it when it is too long
 * for its line: after a relation and at an \allowbreak, of its top level only (never inside a group, a fraction's
 * parts or an array), and never between the boxed result that ends it and its "=". MathML sets each <math> on one
 * line, so each piece becomes a <math> of its own.
 */
export function breakPieces(latex: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  const cut = (end: number, next: number) => {
    const piece = latex.slice(start, end).trim();
    if (piece !== '') pieces.push(piece);
    start = next;
  };
  topLevel(latex, (token, at) => {
    const end = at + token.length;
    if (token === allowBreak) cut(at, end);
    // A character cuts only after a symbol: a line that begins with "=" keeps its first value.
    else if (breakers.includes(token) && (token.startsWith('\\') || latex.slice(start, at).trim() !== ''))
      cut(end, end);
  });
  cut(latex.length, latex.length);
  // A boxed result takes the "=" before it along: alone, it would begin a line of its own.
  const [before = '', last = ''] = pieces.slice(-2);
  if (pieces.length > 1 && last.startsWith('\\boxed') && before.endsWith('='))
    pieces.splice(-2, 2, ...[before.slice(0, -1).trim(), `= ${last}`].filter(Boolean));
  return pieces;
}

/** The sides of a formula between its top-level "=" (none in a group, a fraction's parts or an array). */
function sidesOf(latex: string): string[] {
  const sides: string[] = [];
  let start = 0;
  topLevel(latex, (token, at) => {
    if (token !== '=') return;
    sides.push(latex.slice(start, at).trim());
    start = at + 1;
  });
  return [...sides, latex.slice(start).trim()];
}

/**
 * A formula, then ever shorter forms of it that say its first side and its last ones, the middle skipped
 * ("δ⁴₂ = ⋯ = 2.5 − 2 = 0.5", then "δ⁴₂ = ⋯ = 0.5"), for a strip too narrow for the whole.
 */
export function shortenings(latex: string): string[] {
  const [first = '', ...rest] = sidesOf(latex);
  if (first === '') return [latex];
  const shorter = rest.slice(1).map((_side, n) => `${first} = \\cdots = ${rest.slice(n + 1).join(' = ')}`);
  return [...new Set([latex, ...shorter])];
}
