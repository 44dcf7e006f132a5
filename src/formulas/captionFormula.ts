import type { Card, CardLine } from './card';

/** A formula of the presentation caption, in LaTeX and as plain text. */
export interface CaptionFormula {
  readonly latex: string;
  readonly text: string;
}

/** What a line computes: its side left of the first "=" (a line is built with " = " between its sides). */
function subjectOf(line: CardLine): CaptionFormula | undefined {
  const latex = line.latex.split(' = ')[0];
  const text = line.text.split(' = ')[0];
  return latex && text && latex !== line.latex ? { latex, text } : undefined;
}

/**
 * The formula of the presentation caption: the last math line the step added, else the card's last (its result). A
 * line that continues another ("= 0") is said with the symbol it computes: "o²₁ = … = 0", without the "…" when it
 * comes right under the line it continues ("ŵ = 0.2 − 10⁻⁷ * 0 = 0.2").
 */
export function captionFormula(card: Card): CaptionFormula | undefined {
  const math = card.lines.filter((line) => line.kind === 'math');
  const chosen = math.filter((line) => line.fresh).at(-1) ?? math.at(-1);
  if (!chosen?.continues) return chosen && { latex: chosen.latex, text: chosen.text };
  const at = card.lines.indexOf(chosen);
  const head = card.lines.slice(0, at).findLast((line) => line.kind === 'math' && !line.continues);
  const subject = head && subjectOf(head);
  if (!head || !subject) return { latex: chosen.latex, text: chosen.text };
  const skipped = card.lines.indexOf(head) < at - 1;
  return {
    latex: `${subject.latex} ${skipped ? '= \\cdots ' : ''}${chosen.latex}`,
    text: `${subject.text} ${skipped ? '= … ' : ''}${chosen.text}`,
  };
}
