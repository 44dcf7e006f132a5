/**
 * The relations and the binary operator of src/formulas after which a long formula may go on to the next line, as TeX
 * breaks inline math (products and differences that must stay whole are groups of their own).
 */
const breakers = ['=', '<', '\\geq', '+'];

/** The break the words of a formula allow between and around them (see `words` in src/formulas/expr.ts). */
const allowBreak = '\\allowbreak';

/**
 * The pieces of a LaTeX string of src/formulas between the places where a browser may break it when it is too long
 * for its line: after a relation and at an \allowbreak, of its top level only (never inside a group, a fraction's
 * parts or an array), and never between the boxed result that ends it and its "=". MathML sets each <math> on one
 * line, so each piece becomes a <math> of its own.
 */
export function breakPieces(latex: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  const cut = (end: number, next: number) => {
    const piece = latex.slice(start, end).trim();
    if (piece !== '') pieces.push(piece);
    start = next;
  };
  for (let at = 0; at < latex.length; at++) {
    const rest = latex.slice(at);
    if (rest.startsWith('\\begin{')) depth++;
    else if (rest.startsWith('\\end{')) depth--;
    const char = latex[at];
    if (char === '\\') {
      const command = /^\\(?:[A-Za-z]+|.)/.exec(rest)?.[0] ?? '\\';
      const end = at + command.length;
      if (depth === 0 && command === allowBreak) cut(at, end);
      else if (depth === 0 && breakers.includes(command)) cut(end, end);
      at = end - 1;
    } else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (
      depth === 0 &&
      char !== undefined &&
      breakers.includes(char) &&
      latex.slice(start, at).trim() !== ''
    )
      cut(at + 1, at + 1);
  }
  cut(latex.length, latex.length);
  // A boxed result takes the "=" before it along: alone, it would begin a line of its own.
  const [before = '', last = ''] = pieces.slice(-2);
  if (pieces.length > 1 && last.startsWith('\\boxed') && before.endsWith('='))
    pieces.splice(-2, 2, ...[before.slice(0, -1).trim(), `= ${last}`].filter(Boolean));
  return pieces;
}
