/** The part of the Clipboard API used to copy text (absent in sandboxed frames and some browsers). */
export type TextClipboard = Pick<Clipboard, 'writeText'>;

/** The browser's clipboard, when this page may use it. */
function browserClipboard(): TextClipboard | undefined {
  try {
    return typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  } catch {
    return undefined;
  }
}

/**
 * Copies text to the clipboard; resolves to false (never rejects) when the browser has no clipboard or refuses,
 * so that the caller can show the text in a field to copy by hand instead.
 */
export async function copyText(
  text: string,
  clipboard: TextClipboard | undefined = browserClipboard(),
): Promise<boolean> {
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
