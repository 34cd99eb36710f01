import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { expectNoAxeViolations } from '../support/axe';
import { logIn } from '../support/login';
import { expect, test } from '../support/test';

const SCREENSHOT_DIR = join(__dirname, '../../tmp/e2e/screenshots');

/** The demo patron has books in the 2026 challenge; the test turns sharing off again at the end. */
const PATRON = 'patron@demo.lukuhaaste.fi';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** By keyboard: the panel's switch takes focus and Space flips it. */
async function setSharing(panel: Locator, enabled: boolean, confirmation: string): Promise<void> {
  const toggle = panel.getByRole('switch', { name: 'Jaa edistymiseni julkisesti' });
  await expect(toggle).toHaveAttribute('aria-checked', String(!enabled));
  await toggle.focus();
  await panel.page().keyboard.press('Space');
  await expect(panel.getByText(confirmation)).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-checked', String(enabled));
}

test('a patron shares their progress on a public page with a link preview, then revokes it', async ({
  page,
  newContext,
  baseURL,
}) => {
  await logIn(page, PATRON);
  // My reading points to the opt-in on the Profile page (UX.md screen 8).
  await page.goto('/my-reading');
  await page.getByRole('link', { name: 'Jaa se profiilissasi' }).click();
  await expect(page).toHaveURL(/\/profile#share$/);
  const section = page.getByRole('region', { name: 'Jaa edistymiseni' });
  await expect(section).toBeVisible();
  // The demo patron has joined 2026 and 2025: one panel each, newest first.
  await expect(section.getByRole('heading', { level: 3 })).toHaveText([
    'Helmet-lukuhaaste 2026',
    'Helmet-lukuhaaste 2025',
  ]);
  const panel = section.getByRole('region', { name: 'Helmet-lukuhaaste 2026' });
  await setSharing(panel, true, 'Edistymisesi on nyt julkinen.');

  const link = page.getByRole('textbox', { name: 'Julkinen linkki' });
  await expect(link).toHaveValue(new RegExp(`^${baseURL}/p/[A-Za-z0-9_-]{16}/2026$`));
  const url = await link.inputValue();
  const path = new URL(url).pathname;
  await page.getByRole('button', { name: 'Kopioi linkki' }).click();
  await expect(page.getByText('Linkki kopioitu.')).toBeVisible();
  const preview = page.getByRole('img', { name: 'Jakokorttisi esikatselu' });
  await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1200);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, '1280-profile-sharing-on.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
  await section.screenshot({ path: join(SCREENSHOT_DIR, '360-profile-sharing-on.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Someone else, not logged in and on a phone, opens the link.
  const visitor = await (await newContext({ viewport: { width: 360, height: 780 } })).newPage();
  await visitor.goto(path);
  await expect(visitor.getByRole('heading', { level: 1, name: /^Lukijan .+ lukuhaaste$/ })).toBeVisible();
  await expect(visitor.getByText('Helmet-lukuhaaste 2026', { exact: true })).toBeVisible();
  await expect(visitor.getByText(/^Kirja merkitty \d+\/50 haastekohtaan$/)).toBeVisible();
  await expect(visitor.getByRole('heading', { level: 2, name: 'Viimeksi luettua' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Osallistu haasteeseen' })).toHaveAttribute(
    'href',
    '/challenges/lukuhaaste-2026',
  );
  const card = visitor.getByRole('img', { name: /^Jakokortti: .+ on merkinnyt kirjan \d+\/50 haastekohtaan/ });
  await expect.poll(() => card.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1200);
  const ogImage = `${baseURL}${path}.png?lang=fi`;
  await expect(visitor.locator('head meta[property="og:image"]')).toHaveAttribute('content', ogImage);
  await expect(visitor.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(visitor).toHaveTitle(/^Lukijan .+ lukuhaaste – Lukuhaaste$/);
  await expectNoAxeViolations(visitor);
  await expectNoSidewaysScroll(visitor);
  await visitor.screenshot({ path: join(SCREENSHOT_DIR, '360-anonymous-shared-progress.png'), fullPage: true });

  // The preview reaches link unfurlers without JavaScript: the server render carries it, and the image is a PNG.
  const html = await (await visitor.request.get(path, { headers: { 'accept-language': 'fi' } })).text();
  expect(html).toContain(`<meta property="og:image" content="${ogImage}">`);
  const image = await visitor.request.get(ogImage);
  expect(image.headers()['content-type']).toBe('image/png');

  await setSharing(panel, false, 'Edistymistäsi ei enää jaeta; vanha linkki ei toimi.');
  await expect(link).toHaveCount(0);
  await visitor.reload();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Täällä ei ole jaettua edistymistä' })).toBeVisible();
  await expect(visitor.locator('head meta[property="og:image"]')).toHaveCount(0);
  expect((await visitor.request.get(ogImage)).status()).toBe(404);
  await expectNoAxeViolations(visitor);
});
