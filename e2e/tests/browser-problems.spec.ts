import type { BrowserProblems } from '../support/browser-problems';
import { expect, test } from '../support/test';

/** Waits until the fixture has seen problems matching all patterns; taking them keeps the test from failing in teardown. */
async function expectSeen(browserProblems: BrowserProblems, patterns: RegExp[]): Promise<void> {
  const seen: string[] = [];
  await expect
    .poll(() => {
      seen.push(...browserProblems.take());
      return seen;
    })
    .toEqual(expect.arrayContaining(patterns.map((pattern) => expect.stringMatching(pattern))));
}

/** The shared fixture itself: it must notice each kind of problem, and a problem left behind must fail the test. */
test('the fixture reports console errors, uncaught errors and CSP violations', async ({ page, browserProblems }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    console.error('deliberate console error');
    // Angular's global error listener turns this into a console error.
    setTimeout(() => {
      throw new Error('deliberate error in the app');
    });
    // An inline handler: exactly what the CSP forbids.
    const button = document.createElement('button');
    button.setAttribute('onclick', 'void 0');
    document.body.append(button);
    button.click();
  });
  await expectSeen(browserProblems, [
    /^console error .*deliberate console error/,
    /^console error .*deliberate error in the app/,
    /^CSP violation .*script-src-attr/,
  ]);

  // Outside the app nothing catches it: the page itself reports the error.
  await page.goto('about:blank');
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error('deliberate error outside the app');
    }),
  );
  await expectSeen(browserProblems, [/^uncaught error .*deliberate error outside the app/]);
});

test('a test that leaves a console error behind fails', async ({ page }) => {
  test.fail();
  await page.goto('/no/such/page');
  await Promise.all([page.waitForEvent('console'), page.evaluate(() => console.error('left behind'))]);
});
