import assert from 'node:assert/strict';

export const tests = [
  {
    name: 'shell: the page loads with its title and heading, without console errors',
    async run({ newPage, screenshot }) {
      const page = await newPage();
      const response = await page.goto('/');
      assert.ok(response?.ok(), `GET / answered ${response?.status()}`);
      assert.equal(await page.title(), 'Neural structure — see backpropagation happen');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      const h1 = page.locator('h1');
      await h1.waitFor();
      assert.equal(await h1.count(), 1);
      assert.match(await h1.innerText(), /Neural structure/);
      assert.equal(await page.locator('main').count(), 1);
      const favicon = await page.request.get(new URL('favicon.svg', page.url()).href);
      assert.ok(favicon.ok(), 'favicon.svg is served');
      await screenshot(page, 'shell');
    },
  },
  {
    name: 'shell: on a laptop the page itself never scrolls, however long the card (the Linear layer’s last step)',
    async run({ newPage }) {
      const page = await newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto('/');
      await page.locator('[data-testid="chain-rule-card"] .card-math').first().waitFor();
      await page.locator('select').first().selectOption('linear');
      await page.keyboard.press('End');
      await page.locator('[data-testid="step-counter"]', { hasText: /67\s*\/\s*67/ }).waitFor();
      // The card of the update is taller than its pane: the pane scrolls, not the page.
      const { page: height, pane } = await page.evaluate(() => {
        const cardPane = document.querySelector('.card-pane');
        return {
          page: document.scrollingElement.scrollHeight,
          pane: cardPane.scrollHeight - cardPane.clientHeight,
        };
      });
      assert.ok(pane > 0, 'the card is taller than its pane');
      assert.ok(height <= 800, `the page is ${height}px tall in an 800px window`);
    },
  },
];
