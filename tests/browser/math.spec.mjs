// The card's formulas in real Chromium: MathML drawn in the bundled STIX Two Math (no character falls back to another
// font), results framed, and on a 320px phone every line wrapping inside the card.
import assert from 'node:assert/strict';
import { eventually } from './eventually.mjs';
import { pressUntil } from './keys.mjs';
import { deepModelFile, saveWork } from './models.mjs';

const card = '[data-testid="chain-rule-card"]';

/** Opens the Example and waits for its first formula and for the fonts. */
async function openExample(newPage, options) {
  const page = await newPage(options);
  await page.goto('/');
  await page.locator(`${card} .card-math math`).first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** The step counter's "i / n". */
const position = async (page) =>
  /(\d+) \/ (\d+)/
    .exec(await page.locator('[data-testid="step-counter"]').innerText())
    ?.slice(1)
    .map(Number) ?? [];

/** The fonts the browser drew the texts of the elements `selector` finds with: family name → how many texts. */
async function fontsOf(cdp, selector, fonts = new Map()) {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  for (const nodeId of nodeIds) {
    const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const { familyName, isCustomFont } of used) {
      const key = `${familyName}${isCustomFont ? ' (bundled)' : ''}`;
      fonts.set(key, (fonts.get(key) ?? 0) + 1);
    }
  }
  return fonts;
}

/** A CDP session of the page able to read the fonts of its elements. */
async function fontReader(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

/** Steps from the first step to the last, calling `visit` at each. */
async function walk(page, visit) {
  await page.keyboard.press('Home');
  for (;;) {
    await visit();
    const [step, steps] = await position(page);
    if (step === steps) return;
    await page.keyboard.press('ArrowRight');
  }
}

export const tests = [
  {
    name: 'math: every character of the Example’s formulas is drawn with the bundled STIX Two Math',
    timeout: 90_000,
    async run({ newPage }) {
      const page = await openExample(newPage);
      assert.equal(await page.locator(`${card} .katex-html`).count(), 0, 'no KaTeX HTML, MathML only');
      const cdp = await fontReader(page);
      /** The fonts the browser drew each text of the current step's new lines with. */
      const fonts = new Map();
      await walk(page, async () => {
        await page.evaluate(() => document.fonts.ready);
        await fontsOf(
          cdp,
          `${card} .card-line.is-fresh :is(mi, mn, mo, mtext, .math-words, .math-glued)`,
          fonts,
        );
      });
      assert.deepEqual([...fonts.keys()], ['STIX Two Math (bundled)'], JSON.stringify([...fonts]));
      assert.ok((fonts.get('STIX Two Math (bundled)') ?? 0) > 300, 'the walk drew its formulas');
    },
  },
  {
    name: 'math: a table of terms (8 × 16) is set in the formulas’ font, even where another math font is installed',
    async run({ newPage, screenshot }) {
      const page = await newPage();
      await saveWork(page, deepModelFile());
      await page.goto('/');
      await page.locator(`${card} .card-math math`).first().waitFor();
      // A machine with a Latin Modern Math of its own (once the table's first choice, before the formulas' font).
      await page.addStyleTag({
        content: "@font-face { font-family: 'Latin Modern Math'; src: local('DejaVu Sans'); }",
      });
      await pressUntil(page, ']', /δ⁸₁ · goal/);
      await pressUntil(page, 'ArrowRight', /δ⁸₁ · chain-rule terms/);
      await page.locator(`${card} .card-table td`).first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const fonts = await fontsOf(await fontReader(page), `${card} .card-table :is(td, tbody th)`);
      assert.deepEqual([...fonts.keys()], ['STIX Two Math (bundled)'], JSON.stringify([...fonts]));
      // 16 rows of a j and 3 numbers.
      assert.ok((fonts.get('STIX Two Math (bundled)') ?? 0) >= 64, JSON.stringify([...fonts]));
      await screenshot(page, 'math-table-of-terms');
    },
  },
  {
    name: 'math: a fraction stands clear of the bracket after it, as TeX spaces it (½(0 − 0)², ∂Loss/∂X⁴₁(o³₁, …))',
    async run({ newPage }) {
      const page = await openExample(newPage);
      await pressUntil(page, 'ArrowRight', /Loss/);
      const gaps = await page.locator(`${card} mfrac`).evaluateAll((fractions) =>
        fractions.flatMap((fraction) => {
          const next = fraction.nextElementSibling;
          if (next?.textContent !== '(') return [];
          const right = Math.max(...[...fraction.children].map((part) => part.getBoundingClientRect().right));
          const bracket = document.createRange();
          bracket.selectNodeContents(next);
          const em = parseFloat(getComputedStyle(fraction).fontSize);
          return [(bracket.getBoundingClientRect().left - right) / em];
        }),
      );
      assert.ok(gaps.length >= 3, `the Loss step's ½( and ∂Loss/∂X⁴₁( (${gaps.length})`);
      // TeX's null delimiter space is 0.12 em; without it the bracket's side bearing alone parts them (0.05 em).
      for (const gap of gaps) assert.ok(gap >= 0.1, `${gap.toFixed(3)} em between a fraction and its "("`);
    },
  },
  {
    name: 'math: a chain-rule term is spaced from the "=" before it as the formula spaces "=" (its ring takes no room)',
    async run({ newPage }) {
      const page = await openExample(newPage);
      await pressUntil(page, 'ArrowRight', /δ³₁ · sum/);
      const gaps = await page
        .locator(`${card} li`)
        .last()
        .evaluate((line) => {
          const right = (element) => element.getBoundingClientRect().right;
          const left = (element) => element.getBoundingClientRect().left;
          const relations = [...line.querySelectorAll('mo')].filter((mo) => mo.textContent === '=');
          const term = line.querySelector('[data-testid="term"] math');
          // The "=" last before the term, and inside a formula an "=" and what follows it (its right space only).
          const before = relations
            .filter((mo) => !mo.closest('[data-testid="term"]') && right(mo) <= left(term))
            .at(-1);
          const inside = relations.find((mo) => mo.nextElementSibling && right(mo) > left(term));
          return {
            term: left(term) - right(before),
            formula: left(inside.nextElementSibling) - right(inside),
          };
        });
      // The term's padding (0.15 em) made it 7.5px in the Example's sum, against the 5.3px of "=" in a formula.
      assert.ok(Math.abs(gaps.term - gaps.formula) < 0.6, JSON.stringify(gaps));
      // Each term's box holds its formula and its padding, no more (an inherited hanging indent widened δ⁴₁'s to 1.5 em).
      const wider = await page.locator(`${card} [data-testid="term"]`).evaluateAll((terms) =>
        terms.flatMap((term) => {
          const box = term.getBoundingClientRect();
          const pieces = [...term.querySelectorAll('.katex')].map((piece) => piece.getBoundingClientRect());
          const rows = new Set(pieces.map((piece) => Math.round(piece.top)));
          const em = parseFloat(getComputedStyle(term).fontSize);
          const drawn =
            Math.max(...pieces.map((piece) => piece.right)) - Math.min(...pieces.map((piece) => piece.left));
          return rows.size === 1 && box.width > drawn + 0.3 * em + 1
            ? [`${term.textContent}: ${box.width} > ${drawn}`]
            : [];
        }),
      );
      assert.deepEqual(wider, []);
    },
  },
  {
    name: 'math: a formula that wraps hangs its later rows right of where it starts, in a term too',
    async run({ newPage, screenshot }) {
      const page = await openExample(newPage);
      const indents = [];
      // Step 4's sum of three products and step 11's ReLU test ("… = 1 since 0 ≥ 0 ✓", a term) wrap in the card.
      for (const pattern of [/o²₁/, /δ³₁ · chain-rule terms/]) {
        await pressUntil(page, 'ArrowRight', pattern);
        indents.push(
          ...(await page.locator(`${card} li.card-line`).evaluateAll((lines) =>
            lines.flatMap((line) => {
              const pieces = [...line.querySelectorAll('.katex')].map((piece) =>
                piece.getBoundingClientRect(),
              );
              const first = pieces[0];
              if (!first) return [];
              const em = parseFloat(getComputedStyle(line.querySelector('.card-math') ?? line).fontSize);
              // The later rows: pieces whose top is below the first row's bottom.
              const later = pieces.filter((piece) => piece.top >= first.bottom - 1);
              return later.length === 0
                ? []
                : [(Math.min(...later.map((piece) => piece.left)) - first.left) / em];
            }),
          )),
        );
      }
      assert.ok(indents.length >= 2, `wrapped lines: ${indents.length}`);
      for (const indent of indents)
        assert.ok(indent >= 1, `a row ${indent.toFixed(2)} em right of the first`);
      await screenshot(page, 'math-hanging-rows');
    },
  },
  {
    name: 'math: a boxed result is framed around its number',
    async run({ newPage, screenshot }) {
      const page = await openExample(newPage);
      await pressUntil(page, 'ArrowRight', /δ²₂ · sum/);
      const box = page.locator(`${card} .card-line.is-fresh .math-boxed`).last();
      const frame = await box.evaluate((element) => {
        const style = getComputedStyle(element);
        return { border: parseFloat(style.borderTopWidth), padding: parseFloat(style.paddingLeft) };
      });
      assert.ok(frame.border > 0 && frame.padding > 0, JSON.stringify(frame));
      const outer = await box.boundingBox();
      const number = await box.locator('mn').first().boundingBox();
      assert.ok(outer && number, 'the box and its number are shown');
      assert.ok(
        outer.x < number.x && outer.y < number.y && number.x + number.width < outer.x + outer.width,
        'the frame is around its number',
      );
      await screenshot(page, 'math-boxed-sum');
    },
  },
  {
    name: 'math: on a 320px phone every line of every step wraps inside the card, after a relation or between words',
    timeout: 90_000,
    async run({ newPage, screenshot }) {
      const page = await openExample(newPage, { viewport: { width: 320, height: 640 } });
      let wrapped = 0;
      await walk(page, async () => {
        const lines = await page.locator(`${card} .card-line`).evaluateAll((elements) =>
          elements.map((line) => {
            const tops = new Set(
              [...line.querySelectorAll('math, .math-words')].map((piece) =>
                Math.round(piece.getBoundingClientRect().top / 4),
              ),
            );
            return {
              text: line.textContent.slice(0, 50),
              over: line.scrollWidth - line.clientWidth,
              rows: tops.size,
            };
          }),
        );
        const cut = lines.filter((line) => line.over > 1);
        assert.deepEqual(cut, [], `at ${(await position(page)).join(' / ')}`);
        wrapped = Math.max(wrapped, ...lines.map((line) => line.rows));
      });
      assert.ok(wrapped > 1, 'some line is long enough to wrap at 320px');
      await pressUntil(page, 'ArrowLeft', /δ²₂ · local derivative/, 80);
      await page.locator(`${card} .card-line.is-fresh`).last().scrollIntoViewIfNeeded();
      await eventually(
        () => page.locator(`${card} .card-line.is-fresh`).count(),
        (count) => assert.ok(count > 0),
        'the fresh lines show',
      );
      await screenshot(page, 'math-phone-320');
    },
  },
];
