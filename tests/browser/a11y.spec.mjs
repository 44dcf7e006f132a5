// Accessibility in real Chromium: axe-core (WCAG 2.0/2.1 A and AA) on every panel of the app, the help dialog,
// presentation mode and the embed; a keyboard-only walk through the Example; the narration; reduced motion; MathML.
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const ids = {
  counter: '[data-testid="step-counter"]',
  neuron: (id) => `[data-testid="neuron"][data-id="${id}"]`,
  card: '[data-testid="chain-rule-card"]',
  narration: '[data-testid="narration"]',
};

/** Opens the app (on sample 3 of the Example, x = (0, 2000, 3000) → y = 1) and waits for the stepper bar. */
async function openApp(newPage, options = {}) {
  const page = await newPage(options);
  const response = await page.goto('/');
  assert.ok(response?.ok(), `GET / answered ${response?.status()}`);
  await page.locator(ids.counter).waitFor();
  await page.locator('[data-testid="sample-picker"]').selectOption('2');
  await page.locator(ids.counter).click();
  return page;
}

/** Goes to step n (1-based, as the counter says) with the keyboard. */
async function goToStep(page, n) {
  await page.keyboard.press('Home');
  for (let i = 1; i < n; i++) await page.keyboard.press('ArrowRight');
  assert.match(await page.locator(ids.counter).innerText(), new RegExp(`Step\\s+${n}\\s*/`));
}

/** The violations axe finds on the page, one line each (rule, help, where). */
async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/**
 * The enabled zoom buttons whose text contrasts less than 4.5:1 with their own opaque background (axe leaves the
 * diagram's buttons "incomplete": it cannot tell what lies behind them), as "label ratio".
 */
const lowContrastZoomButtons = (page) =>
  page.locator('.diagram-zoom button:not(:disabled)').evaluateAll((buttons) => {
    const channels = (color) =>
      color
        .match(/[\d.]+/g)
        .slice(0, 3)
        .map(Number);
    const luminance = (color) => {
      const [r, g, b] = channels(color).map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return buttons.flatMap((button) => {
      const style = getComputedStyle(button);
      const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      return ratio < 4.5 ? [`${button.textContent} ${ratio.toFixed(2)}`] : [];
    });
  });

/** The element with the keyboard focus: its test id and data-id. */
const focusOf = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      testid: element?.getAttribute('data-testid') ?? null,
      id: element?.getAttribute('data-id') ?? null,
    };
  });

/** Presses Tab until the focus is on an element matching `testid` (at most `max` times); gives the presses. */
async function tabTo(page, testid, max = 60) {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if ((await focusOf(page)).testid === testid) return n;
  }
  throw new Error(`Tab never reached [data-testid="${testid}"]`);
}

export const tests = [
  {
    name: 'a11y: axe finds no violation on any panel of the side panel, in the middle of a δ',
    timeout: 60_000,
    async run({ newPage }) {
      const page = await openApp(newPage);
      await goToStep(page, 11);
      for (const tab of ['step', 'edit', 'data', 'train', 'values']) {
        await page.locator(`[data-testid="tab-${tab}"]`).click();
        // The panel's content (the other tabs come in their own chunks), not just its frame.
        await page.locator('[role="tabpanel"] > *').first().waitFor();
        assert.deepEqual(await violations(page), [], `the ${tab} panel`);
      }
    },
  },
  {
    name: 'a11y: axe finds no violation in the help dialog, nor with a neuron card or the export menu open',
    async run({ newPage }) {
      const page = await openApp(newPage);
      await goToStep(page, 11);
      await page.keyboard.press('?');
      await page.getByRole('dialog').waitFor();
      assert.deepEqual(await violations(page), [], 'the help dialog');
      await page.keyboard.press('Escape');
      await page.locator(ids.neuron('N:2:0')).click();
      await page.locator('[data-testid="neuron-card"]').waitFor({ state: 'visible' });
      assert.deepEqual(await violations(page), [], 'the neuron card');
      await page.locator('[data-testid="export-menu"]').click();
      await page.locator('[data-testid="export-svg"]').waitFor();
      assert.deepEqual(await violations(page), [], 'the export menu');
    },
  },
  {
    name: 'a11y: axe finds no violation in presentation mode, with the spotlight and larger labels',
    async run({ newPage }) {
      const page = await openApp(newPage, { viewport: { width: 1920, height: 1080 } });
      await goToStep(page, 11);
      await page.keyboard.press('p');
      await page.locator('.app.presenting').waitFor();
      assert.deepEqual(await violations(page), [], 'presentation mode');
      await page.keyboard.press('s');
      await page.keyboard.press('+');
      assert.deepEqual(await violations(page), [], 'spotlight and larger labels');
    },
  },
  {
    name: 'a11y: axe finds no violation in the embed (embed.html), in its three themes, tall and short and wide',
    async run({ newPage }) {
      // A short wide frame draws the network small, so that the zoom offers (and turns on) "Follow step".
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 940, height: 450 },
      ]) {
        const page = await newPage({ viewport });
        // The embed is built by its own config (vite.embed.config.ts); a build without it has nothing to check.
        const probe = await page.request.get('embed.html');
        if (probe.status() === 404) {
          console.log('    (no embed.html in this build: skipped)');
          return;
        }
        for (const theme of ['light', 'dark', 'projector']) {
          const response = await page.goto(`embed.html?preset=example&controls=full&step=10&theme=${theme}`);
          assert.ok(response?.ok(), `GET embed.html answered ${response?.status()}`);
          await page.locator(ids.counter).waitFor();
          await page.locator(ids.card).waitFor();
          const where = `the embed, theme ${theme}, ${viewport.width} × ${viewport.height}`;
          assert.deepEqual(await violations(page), [], where);
          assert.deepEqual(await lowContrastZoomButtons(page), [], `${where}: the zoom buttons`);
        }
      }
    },
  },
  {
    name: 'a11y: the keyboard alone walks the Example: into the diagram, between neurons, a neuron card, the steppers',
    async run({ newPage, screenshot }) {
      const page = await openApp(newPage);
      await goToStep(page, 6);
      // Tab from the top of the page into the neuron grid: one neuron is in the tab order.
      await page.evaluate(
        () => document.activeElement instanceof HTMLElement && document.activeElement.blur(),
      );
      await tabTo(page, 'neuron');
      assert.deepEqual(await focusOf(page), { testid: 'neuron', id: 'N:0:0' });
      const counter = await page.locator(ids.counter).innerText();
      // Arrows move between neurons and layers, and never step the stepper meanwhile.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      assert.equal((await focusOf(page)).id, 'N:0:2');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.equal((await focusOf(page)).id, 'N:2:0');
      await page.keyboard.press('End');
      assert.equal(await page.locator(ids.counter).innerText(), counter);
      // Enter shows the neuron's card: its variable, o and δ.
      await page.keyboard.press('Enter');
      const card = page.locator('[data-testid="neuron-card"]');
      await card.waitFor({ state: 'visible' });
      assert.match(await card.innerText(), /Neuron X³₁/);
      assert.match(await card.innerText(), /o²₁ = 0/);
      assert.equal(await page.locator(ids.neuron('N:2:0')).getAttribute('aria-pressed'), 'true');
      await screenshot(page, 'a11y-keyboard-neuron-card');
      // The stepper's shortcuts work from the page; the card follows the step (δ³₁ appears at its sum).
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
      await page.keyboard.press('Enter');
      await card.waitFor({ state: 'visible' });
      await tabTo(page, 'stepForward');
      for (let n = 0; n < 6; n++) await page.keyboard.press('Enter');
      assert.match(await page.locator(ids.counter).innerText(), /Step\s+12\s*\//);
      assert.match(await card.innerText(), /δ³₁ = −1/);
      // Shift+Tab goes back into the diagram's one tab stop of the grid: the neuron last focused.
      await page.keyboard.press('Escape');
      let back = 0;
      while ((await focusOf(page)).testid !== 'neuron' && back++ < 60) await page.keyboard.press('Shift+Tab');
      assert.equal((await focusOf(page)).id, 'N:2:0');
    },
  },
  {
    name: 'a11y: every step is narrated in a polite live region; each formula has a plain-text twin to read',
    async run({ newPage }) {
      const page = await openApp(newPage);
      const narration = page.locator(ids.narration);
      assert.equal(await narration.getAttribute('aria-live'), 'polite');
      const said = [];
      for (let n = 0; n < 12; n++) {
        said.push(await narration.textContent());
        await page.keyboard.press('ArrowRight');
      }
      assert.equal(new Set(said).size, said.length, 'each step says something new');
      assert.ok(said.every((text) => (text ?? '').trim().length > 10));
      // The card's formulas: MathML for the eye (hidden from screen readers), their plain text to be read.
      await page.locator(`${ids.card} .katex`).first().waitFor();
      const formulas = await page.locator(`${ids.card} .card-math`).evaluateAll((spans) =>
        spans.map((span) => ({
          hidden: span.getAttribute('aria-hidden'),
          twin: span.nextElementSibling?.classList.contains('card-visually-hidden')
            ? span.nextElementSibling.textContent
            : null,
        })),
      );
      assert.ok(formulas.length > 0);
      for (const { hidden, twin } of formulas) {
        assert.equal(hidden, 'true');
        assert.ok((twin ?? '').trim().length > 0, 'the formula has its plain text');
      }
    },
  },
  {
    name: 'a11y: with prefers-reduced-motion, nothing moves (no transition on the view, the boxes, the card)',
    async run({ newPage }) {
      const page = await openApp(newPage, { reducedMotion: 'reduce' });
      await goToStep(page, 9);
      const durations = await page.evaluate(() =>
        ['.diagram-viewport', '.neuron-box', '.path-line', '.card-term', '.control-button'].map(
          (selector) => {
            const element = document.querySelector(selector);
            return element ? getComputedStyle(element).transitionDuration : 'missing';
          },
        ),
      );
      for (const duration of durations) assert.match(duration, /^0s(, 0s)*$/, durations.join(' | '));
    },
  },
  {
    name: 'a11y: signs are never told by colour alone (dashed negative weights, in the legend too)',
    async run({ newPage }) {
      const page = await openApp(newPage);
      const dashes = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="edge"].sign-negative .edge-line')].map(
          (line) => getComputedStyle(line).strokeDasharray,
        ),
      );
      assert.ok(dashes.length > 0, 'the Example has a negative weight');
      assert.ok(dashes.every((dash) => dash !== 'none'));
      const legend = await page.locator('.diagram-legend').innerText();
      assert.match(legend, /w < 0/);
      const legendDash = await page.evaluate(() =>
        [...document.querySelectorAll('.diagram-legend li')]
          .find((item) => item.textContent?.includes('w < 0'))
          ?.querySelector('line')
          ?.getAttribute('stroke-dasharray'),
      );
      assert.ok(legendDash, 'the legend draws w < 0 dashed');
    },
  },
];
