/** The parts of a symbol of the series: a base with an optional superscript and subscript (w^{2,1}_1). */
export interface SymParts {
  readonly base: string;
  readonly sup?: string;
  readonly sub?: string;
}

/** A symbol in HTML, its superscript stacked over its subscript as the series typesets w^{k,j}_i. */
export function Sym({ base, sup, sub }: SymParts) {
  const scripts = sup !== undefined || sub !== undefined;
  return (
    <span className="sym">
      <span className="sym-base">{base}</span>
      {scripts && (
        <span className="sym-scripts">
          <sup>{sup ?? ''}</sup>
          <sub>{sub ?? ''}</sub>
        </span>
      )}
    </span>
  );
}

/** The plain-text spelling of a symbol, for titles and test ids: w^{2,1}_1. */
export function symText({ base, sup, sub }: SymParts): string {
  const script = (mark: string, text: string | undefined) =>
    text === undefined ? '' : `${mark}${text.length === 1 ? text : `{${text}}`}`;
  return `${base}${script('^', sup)}${script('_', sub)}`;
}
