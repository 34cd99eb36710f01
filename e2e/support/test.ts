import { test as base, expect, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { BrowserProblems } from './browser-problems';

interface Fixtures {
  /** Fails the test in teardown, listing them, if any watched page logged an error or violated the CSP. */
  browserProblems: BrowserProblems;
  /** A further browser context (another user), watched like the default one and closed after the test. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

/** Every spec imports `test` and `expect` from here, so no page escapes the console check. */
export const test = base.extend<Fixtures>({
  browserProblems: [
    async ({ context }, use) => {
      const problems = new BrowserProblems();
      await problems.watch(context);
      await use(problems);
      expect(problems.take(), 'console errors, uncaught errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  newContext: async ({ browser, baseURL, browserProblems }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext({ baseURL, ...options });
      contexts.push(context);
      await browserProblems.watch(context);
      return context;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };
