// Two tabs of one browser share the saved work: a tab that hears (a `storage` event) that the other saved newer work
// stops saving over it and asks whether to open it or keep its own.
import assert from 'node:assert/strict';
import { eventually } from './eventually.mjs';
import { savedStateKey as key } from './models.mjs';

/** The title of the work in the browser's storage, as a tab reads it. */
const savedTitle = (page) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').savedModel?.title ?? null, key);

/** A second page in the context of `page` (a second tab), failing the test on its uncaught errors. */
async function secondTab(page, errors) {
  const tab = await page.context().newPage();
  tab.on('pageerror', (error) => errors.push(error.message));
  return tab;
}

export const tests = [
  {
    name: 'a tab does not overwrite the newer work of another tab, and can open it or keep its own',
    async run({ newPage, screenshot }) {
      const errors = [];
      const a = await newPage();
      const b = await secondTab(a, errors);
      await b.goto('/');
      await a.goto('/');
      await a.getByRole('tab', { name: 'Network' }).click();
      const title = a.getByLabel('Title of the model', { exact: true });
      await title.fill('My important work');
      await title.press('Enter');
      await eventually(
        () => savedTitle(a),
        (t) => assert.equal(t, 'My important work'),
        'A saves its title',
      );

      const notice = b.getByTestId('newer-work');
      await notice.waitFor();
      assert.match(await notice.innerText(), /Another tab saved newer work \(“My important work”\)/);
      await b.getByRole('button', { name: 'Next step' }).click();
      await b.waitForTimeout(700);
      assert.equal(await savedTitle(b), 'My important work', 'B, one step on, did not save over it');
      await screenshot(b, 'tabs-newer-work');

      await b.getByRole('button', { name: 'Open it here' }).click();
      assert.equal(await b.getByTestId('model-title').innerText(), 'My important work');
      assert.equal(await notice.count(), 0);

      await a.getByRole('button', { name: 'Next step' }).click();
      await b.getByTestId('newer-work').waitFor();
      await b.getByRole('button', { name: 'Keep this tab’s work' }).click();
      await a.getByTestId('newer-work').waitFor();
      assert.deepEqual(errors, []);
    },
  },
];
