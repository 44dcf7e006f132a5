import '../card/math.css';
import { toHtml } from '../card/typeset';

/**
 * One formula line set by KaTeX (loaded lazily with this module), from the card's cache: the line is most often the
 * card's newest, set already. Injecting its markup is safe for the reason the card's is: the LaTeX comes only from
 * src/formulas, built from numbers, indices and an allow-list of symbols and words (never from text a person typed),
 * and KaTeX runs with trust: false. The caption is hidden from screen readers (the narration says the step).
 */
export default function CaptionMath({ latex }: { latex: string }) {
  return <span className="caption-math" dangerouslySetInnerHTML={{ __html: toHtml(latex) }} />;
}
