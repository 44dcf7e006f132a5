import type { Card } from '../formulas';
import { textWidth } from '../layout';

/** What an exported frame shows: the diagram, and above and below it what the page shows around it. */
export interface FrameParts {
  /** The standalone diagram's markup (an <svg> with its own viewBox, width and height). */
  readonly diagram: string;
  readonly diagramWidth: number;
  readonly diagramHeight: number;
  /** The model's title: text from the user, escaped here. */
  readonly title: string;
  /** The step caption ("Backward · δ³₁ · impact paths"). */
  readonly caption: string;
  /** The chain-rule card of the step, drawn as plain-text lines. */
  readonly card: Card | undefined;
  /** Where the frame is in the timeline: "Step 10 of 58". */
  readonly position: string;
}

/** An exported frame: SVG markup and its size in CSS pixels. */
export interface Frame {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** The frame's type sizes and colours (fixed: an export does not follow the page's theme). */
const style = {
  margin: 24,
  minWidth: 760,
  title: 24,
  caption: 19,
  cardTitle: 21,
  line: 19,
  note: 16,
  lineGap: 1.55,
  text: '#111111',
  muted: '#555555',
  accent: '#d00000',
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif",
} as const;

/**
 * A character XML 1.0 does not allow anywhere in a document: a C0 control other than tab and the newlines, a lone
 * surrogate, U+FFFE or U+FFFF.
 */
const notXmlChar = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text made safe for XML: the model's title is user input. */
export function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A line of text broken at spaces into lines no wider than `width` at `size` px (a long word stays whole). */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(next, size) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** One block of text lines from top `y`: its <text> elements and the height it takes. */
interface Block {
  readonly markup: string[];
  readonly height: number;
}

/** Wrapped lines at `x`, `y` (top), with their attributes. */
function textBlock(
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  attributes: string,
): Block {
  const lines = wrapText(text, width, size);
  const step = size * style.lineGap;
  const markup = lines.map(
    (line, n) =>
      `<text x="${x}" y="${round(y + step * n + size)}" font-size="${size}" ${attributes}>${xmlText(line)}</text>`,
  );
  return { markup, height: step * lines.length };
}

/** The card's title and its lines; the lines the current stage added get a red bar, as in the app. */
function cardBlock(card: Card, x: number, y: number, width: number): Block {
  const markup: string[] = [];
  let top = y;
  const title = textBlock(
    card.title,
    x,
    top,
    width,
    style.cardTitle,
    `font-weight="700" fill="${style.text}"`,
  );
  markup.push(...title.markup);
  top += title.height + 6;
  for (const line of card.lines) {
    const note = line.kind === 'note';
    const size = note ? style.note : style.line;
    const indent = (line.continues ? 28 : 0) + 14;
    const attributes = note
      ? `font-style="italic" fill="${style.muted}"`
      : `fill="${style.text}"${line.fresh ? ' font-weight="600"' : ''}`;
    const text = note ? `Note · ${line.text}` : line.text;
    const block = textBlock(text, x + indent, top + 3, width - indent, size, attributes);
    if (line.fresh)
      markup.push(
        `<rect x="${x}" y="${round(top)}" width="4" height="${round(block.height + 6)}" fill="${style.accent}"/>`,
      );
    markup.push(...block.markup);
    top += block.height + 8;
  }
  return { markup, height: top - y };
}

/**
 * The exported frame: the model's title and the step caption on top, the diagram with its values, and the chain-rule
 * card below it as text lines (plain Unicode, so any SVG viewer shows it), on a white page.
 */
export function composeFrame(parts: FrameParts): Frame {
  const { margin } = style;
  const width = Math.ceil(Math.max(style.minWidth, parts.diagramWidth + 2 * margin));
  const inner = width - 2 * margin;
  const markup: string[] = [];
  let y = margin;
  const title = textBlock(
    parts.title,
    margin,
    y,
    inner,
    style.title,
    `font-weight="700" fill="${style.text}"`,
  );
  markup.push(...title.markup);
  y += title.height;
  const caption = textBlock(
    `${parts.caption} · ${parts.position}`,
    margin,
    y,
    inner,
    style.caption,
    `fill="${style.muted}"`,
  );
  markup.push(...caption.markup);
  y += caption.height + 8;
  const diagramX = round((width - parts.diagramWidth) / 2);
  markup.push(`<g transform="translate(${diagramX},${round(y)})">${parts.diagram}</g>`);
  y += parts.diagramHeight + 12;
  if (parts.card) {
    markup.push(
      `<line x1="${margin}" x2="${width - margin}" y1="${round(y)}" y2="${round(y)}" stroke="#cccccc"/>`,
    );
    const card = cardBlock(parts.card, margin, y + 16, inner);
    markup.push(...card.markup);
    y += card.height + 16;
  }
  const height = Math.ceil(y + margin);
  // The texts (the title, the diagram's labels) may hold characters XML forbids: the file holds none of them.
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlText(style.font)}">`,
    `<title>${xmlText(`${parts.title}: ${parts.caption}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...markup,
    '</svg>',
    '',
  ]
    .join('\n')
    .replace(notXmlChar, '');
  return { svg, width, height };
}

/** Rounds to 2 decimals. */
const round = (value: number): number => Math.round(value * 100) / 100;
