/** Text from outside the app (the model's title) made safe for LaTeX's text mode, in plain ASCII. */

/** LaTeX's special characters in text mode and how to print them. */
const specials: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/**
 * Any text as LaTeX text-mode source: accents dropped (é → e), LaTeX's special characters escaped, line breaks and
 * runs of spaces made one space, and every other character outside printable ASCII replaced by "?", so that any
 * LaTeX engine (pdflatex included) reads it and no command can be smuggled in.
 */
export function latexText(text: string): string {
  return [
    ...text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .map((char) => specials[char] ?? (/^[ -~]$/.test(char) ? char : '?'))
    .join('');
}
