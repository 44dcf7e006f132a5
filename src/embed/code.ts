import { defaultEmbedOptions, type ControlMode, type Theme } from './options';

/** The sandbox of the embed code: scripts, and popups (the "Open in neural-structure" tab) that are normal pages. */
export const embedSandbox = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** The name of the embed page, beside the app's page. */
export const embedPage = 'embed.html';

/** The options a person chooses when copying the embed code. */
export interface EmbedChoice {
  readonly controls: ControlMode;
  readonly theme: Theme;
}

/** The size of the embed code's iframe, in CSS pixels (the page may resize it from `resize` events). */
export const embedSize = { width: 800, height: 700 } as const;

/** The longest model title put in the iframe's title. */
const maxTitleLength = 120;

/**
 * The embed's address: embed.html beside `page` (the app's address), the options that differ from the
 * defaults in the query, and the link's `fragment` ("#v1=…"). Gives '' when `page` is not an address.
 */
export function embedAddress(page: string, fragment: string, choice: EmbedChoice): string {
  let url: URL;
  try {
    url = new URL(embedPage, page);
  } catch {
    return '';
  }
  const query = new URLSearchParams();
  if (choice.controls !== defaultEmbedOptions.controls) query.set('controls', choice.controls);
  if (choice.theme !== defaultEmbedOptions.theme) query.set('theme', choice.theme);
  url.search = query.toString();
  url.hash = '';
  return `${url.href}${fragment}`;
}

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The iframe's title, read by screen readers: what the embed shows, with the model's title (cut when long). */
export function embedTitle(modelTitle: string): string {
  const title = modelTitle.trim().replace(/\s+/g, ' ');
  const cut = title.length > maxTitleLength ? `${title.slice(0, maxTitleLength - 1)}…` : title;
  return cut === '' ? 'Backpropagation step by step' : `Backpropagation step by step: ${cut}`;
}

/** The HTML a page pastes to embed `src`: a lazy, sandboxed iframe with a title and a size. */
export function embedCode(src: string, modelTitle: string): string {
  const attributes = [
    `src="${escapeAttribute(src)}"`,
    `title="${escapeAttribute(embedTitle(modelTitle))}"`,
    'loading="lazy"',
    `sandbox="${embedSandbox}"`,
    `width="${embedSize.width}"`,
    `height="${embedSize.height}"`,
    'style="border: 0; max-width: 100%"',
  ];
  return `<iframe\n  ${attributes.join('\n  ')}\n></iframe>`;
}
