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
];
