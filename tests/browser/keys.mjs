// Stepping with the keyboard in the browser tests: the scrubber's value text says which step is shown.
import assert from 'node:assert/strict';

/** The scrubber's value text: "Step 9 of 58: Backward · δ³₁ · impact formula". */
export const valueText = async (page) =>
  (await page.locator('[data-testid="scrubber"]').getAttribute('aria-valuetext')) ?? '';

/**
 * Presses the key until the scrubber's value text matches, at most `max` times; after each press it waits for the
 * step to change (on a busy machine, reading the text before the step is drawn pressed once too often: past the phase).
 */
export async function pressUntil(page, key, pattern, max = 80) {
  for (let n = 0; n < max; n++) {
    const before = await valueText(page);
    if (pattern.test(before)) return;
    await page.keyboard.press(key);
    await page
      .waitForFunction(
        (before) =>
          document.querySelector('[data-testid="scrubber"]')?.getAttribute('aria-valuetext') !== before,
        before,
        { timeout: 2000 },
      )
      .catch(() => {});
  }
  assert.match(await valueText(page), pattern, `pressing ${key} never reached ${pattern}`);
}
