import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { logIn } from '../support/login';
import { expect, test } from '../support/test';

const SCREENSHOT_DIR = join(__dirname, '../../tmp/e2e/screenshots');

/** A wide desktop and the narrowest phone we support. */
const VIEWPORTS = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 780 },
] as const;

interface Visit {
  /** Names the screenshot. */
  name: string;
  path: string | ((page: Page) => Promise<string>);
}

/** The librarian's editor has a uuid in its path: take it from the list. */
async function firstEditorPath(page: Page): Promise<string> {
  await page.goto('/librarian/challenges');
  const href = await page.getByRole('link', { name: 'Helmet-lukuhaaste 2026' }).getAttribute('href');
  expect(href).toMatch(/^\/librarian\/challenges\/[0-9a-f-]{36}$/);
  return href ?? '';
}

/** A thread has a uuid in its path: take the first (pinned or most active) from the challenge's list. */
async function firstThreadPath(page: Page): Promise<string> {
  await page.goto('/challenges/lukuhaaste-2026/threads');
  const href = await page.locator('a[href^="/threads/"]').first().getAttribute('href');
  expect(href).toMatch(/^\/threads\/[0-9a-f-]{36}$/);
  return href ?? '';
}

/** Every route, each visited by the kind of user who can open it. */
const ROUTES: { as: 'anonymous' | 'patron' | 'librarian' | 'admin'; email?: string; visits: Visit[] }[] = [
  {
    as: 'anonymous',
    visits: [
      { name: 'home', path: '/' },
      { name: 'challenge', path: '/challenges' },
      { name: 'category', path: '/challenges/lukuhaaste-2026/1' },
      { name: 'archived-category', path: '/challenges/lukuhaaste-2025/1' },
      { name: 'threads', path: '/challenges/lukuhaaste-2026/threads' },
      { name: 'thread', path: firstThreadPath },
      { name: 'suggestions', path: '/challenges/lukuhaaste-2026/suggestions' },
      { name: 'branch-leaderboard', path: '/challenges/lukuhaaste-2026/branches' },
      { name: 'print', path: '/challenges/lukuhaaste-2026/print?lang=sv' },
      { name: 'login', path: '/login' },
      { name: 'register', path: '/register' },
      { name: 'not-found', path: '/no/such/page' },
      // Nothing is shared in the demo data: the public progress page's not-found state (share-card.spec shows a shared one).
      { name: 'shared-progress-not-found', path: '/p/AAAAAAAAAAAAAAAAAAAAAA/2026' },
    ],
  },
  {
    as: 'patron',
    email: 'patron@demo.lukuhaaste.fi',
    visits: [
      { name: 'home', path: '/' },
      { name: 'challenge', path: '/challenges/lukuhaaste-2026' },
      { name: 'category', path: '/challenges/lukuhaaste-2026/2' },
      { name: 'archived-challenge', path: '/challenges/lukuhaaste-2025' },
      { name: 'my-reading', path: '/my-reading' },
      { name: 'threads', path: '/challenges/lukuhaaste-2026/threads' },
      { name: 'thread', path: firstThreadPath },
      { name: 'suggestions', path: '/challenges/lukuhaaste-2026/suggestions' },
      { name: 'profile', path: '/profile' },
      { name: 'branch-leaderboard', path: '/challenges/lukuhaaste-2026/branches' },
      { name: 'librarian-not-allowed', path: '/librarian/challenges' },
    ],
  },
  {
    as: 'librarian',
    email: 'librarian@demo.lukuhaaste.fi',
    visits: [
      { name: 'challenges', path: '/librarian/challenges' },
      { name: 'editor', path: firstEditorPath },
      { name: 'paper-desk', path: async (page) => `${await firstEditorPath(page)}/paper` },
      { name: 'catalogue', path: '/librarian/catalogue' },
      { name: 'stats', path: '/librarian/stats' },
      { name: 'thread-staff', path: firstThreadPath },
      { name: 'moderation-queue', path: '/librarian/moderation' },
      { name: 'moderation-log', path: '/librarian/moderation/log' },
      { name: 'suggestions-staff', path: '/challenges/lukuhaaste-2026/suggestions' },
      { name: 'branches-not-allowed', path: '/librarian/branches' },
    ],
  },
  {
    as: 'admin',
    email: 'admin@demo.lukuhaaste.fi',
    visits: [{ name: 'branches', path: '/librarian/branches' }],
  },
];

/** Screenshot, no sideways scrolling, no axe violations; console errors are checked by the fixture. */
async function checkPage(page: Page, screenshot: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${screenshot}.png`), fullPage: true });
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect.soft(scrollWidth, `${screenshot}: page wider than the window`).toBeLessThanOrEqual(innerWidth);
  expect.soft(await axeViolations(page), `${screenshot}: axe violations`).toEqual([]);
}

for (const viewport of VIEWPORTS) {
  test.describe(`every page at ${viewport.width} px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const { as, email, visits } of ROUTES) {
      test(`as ${as}`, async ({ page }) => {
        // Up to eight pages with axe each: more than one journey's time on a shared CI machine.
        test.slow();
        if (email) await logIn(page, email);
        for (const visit of visits) {
          const path = typeof visit.path === 'string' ? visit.path : await visit.path(page);
          await test.step(path, async () => {
            await page.goto(path);
            await checkPage(page, `${viewport.width}-${as}-${visit.name}`);
          });
        }
      });
    }
  });
}

test.describe('the top bar on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('keeps content in the first screen and opens its menu from the keyboard', async ({ page }) => {
    await logIn(page, 'patron@demo.lukuhaaste.fi');
    await page.goto('/');
    const banner = page.getByRole('banner');
    const toggle = banner.getByRole('button', { name: 'Valikko' });
    expect((await banner.boundingBox())?.height).toBeLessThanOrEqual(64);
    await expect(banner.getByRole('link', { name: 'Oma lukeminen' })).toBeHidden();

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(banner.getByRole('button', { name: 'Sulje valikko' })).toHaveAttribute('aria-expanded', 'true');
    await expect(banner.getByRole('link', { name: 'Oma lukeminen' })).toBeVisible();
    await expect(banner.getByLabel('Kieli')).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOT_DIR, '360-patron-menu-open.png') });
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(toggle).toBeFocused();
    await expect(banner.getByRole('link', { name: 'Oma lukeminen' })).toBeHidden();

    await toggle.click();
    await banner.getByRole('link', { name: 'Oma lukeminen' }).click();
    await expect(page).toHaveURL(/\/my-reading$/);
    await expect(banner.getByRole('link', { name: 'Oma lukeminen' })).toBeHidden();
  });
});

test('the page gets the whole theme, not only an inlined part of it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('link[rel="stylesheet"][media="print"]')).toHaveCount(0);
  // The teal bar and serif headings come from the global stylesheet only.
  await expect(page.locator('.lh-toolbar')).toHaveCSS('background-color', 'rgb(0, 106, 106)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-family', /serif$/);
});
