import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from '../support/axe';
import { logIn } from '../support/login';
import { openPaperDesk } from '../support/paper-desk';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/test';

/** Records printed lists returned at Oodi's desk, one per number of filled categories. */
async function recordPaperReturns(page: Page, filled: number[]) {
  await openPaperDesk(page);
  await page.getByRole('combobox', { name: 'Kirjasto' }).selectOption({ label: 'Keskustakirjasto Oodi' });
  const count = page.getByRole('spinbutton', { name: 'Täytettyjä kohtia (0–50)' });
  for (const value of filled) {
    await count.fill(String(value));
    await count.press('Enter');
    await expect(page.getByText(`Kirjattu: ${value} kohtaa.`)).toBeVisible();
  }
}

/** What a chart's canvas shows, to tell that it was drawn again. */
const pixels = (chart: Locator) => chart.evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

// Before the journey below, which leaves the librarian's interface in Swedish.
for (const width of [360, 1280]) {
  test(`the statistics' charts fit a ${width} px wide window`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await logIn(page, 'librarian@demo.lukuhaaste.fi');
    await page.goto('/librarian/stats');
    await page.getByRole('combobox', { name: 'Haaste' }).selectOption({ label: 'Helmet-lukuhaaste 2026 (2026)' });
    const charts = page.locator('canvas[role="img"]');
    await expect(charts).toHaveCount(4);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(width / 4);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
    }
    // Nothing wider than the window: the page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('a librarian reads the statistics, filters them by branch and downloads a table as CSV', async ({ page }) => {
  // No animation: the charts are drawn at once, so their pixels can be compared.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await logIn(page, 'librarian@demo.lukuhaaste.fi');
  await recordPaperReturns(page, [50, 3]);
  await page.getByRole('banner').getByRole('link', { name: 'Tilastot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilastot' })).toBeVisible();
  // The demo's current challenge, picked by name: another spec may have published a newer one.
  await page.getByRole('combobox', { name: 'Haaste' }).selectOption({ label: 'Helmet-lukuhaaste 2026 (2026)' });
  await expect(page).toHaveURL(/[?&]challenge=[0-9a-f-]{36}/);
  await expect(page.getByText('Vertailussa Helmet-lukuhaaste 2025 (2025).')).toBeVisible();

  const participants = page.locator('.lh-stats__key').filter({ hasText: 'Osallistujat' });
  await expect(participants).toContainText('Edellinen vuosi:');
  const allParticipants = Number(await participants.locator('.lh-stats__key-value').textContent());
  expect(allParticipants).toBeGreaterThan(0);
  await expect(participants.locator('.lh-stats__key-paper')).toHaveText(/^Paperilla: \d+$/);
  for (const name of [
    'Kirjat ja kommentit kuukausittain',
    'Kirjat luokittain',
    'Kirjat muodoittain',
    'Osallistujat täytettyjen luokkien mukaan',
  ]) {
    await expect(page.getByRole('img', { name })).toBeVisible();
  }
  const progressChart = page.getByRole('img', { name: 'Osallistujat täytettyjen luokkien mukaan' });
  const allBranchesChart = await pixels(progressChart);
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Kirjasto' }).selectOption({ label: 'Keskustakirjasto Oodi' });
  await expect(page).toHaveURL(/[?&]branch=[0-9a-f-]{36}/);
  await expect
    .poll(async () => Number(await participants.locator('.lh-stats__key-value').textContent()))
    .toBeLessThan(allParticipants);
  // The returns recorded above are Oodi's: at least two lists, one of them complete.
  const paper = Number((await participants.locator('.lh-stats__key-paper').textContent())?.replace(/\D/g, ''));
  expect(paper).toBeGreaterThanOrEqual(2);
  expect(await pixels(progressChart)).not.toBe(allBranchesChart);

  const progress = page.getByRole('region', { name: 'Osallistujat täytettyjen luokkien mukaan' });
  await progress.getByText('Näytä taulukkona').click();
  await expect(progress.getByRole('columnheader', { name: 'Paperilla', exact: true })).toBeVisible();
  const threeFilled = progress.getByRole('row', { name: /^3 / }).getByRole('cell');
  expect(Number(await threeFilled.nth(1).textContent())).toBeGreaterThanOrEqual(1);
  const [progressCsv] = await Promise.all([
    page.waitForEvent('download'),
    progress.getByRole('button', { name: 'Lataa CSV' }).click(),
  ]);
  expect(progressCsv.suggestedFilename()).toBe('lukuhaaste-stats-2026-oodi-progress.csv');
  expect(await readFile((await progressCsv.path()) as string, 'utf8')).toMatch(
    /^\uFEFFTäytettyjä luokkia,Verkossa,Paperilla,Edellinen vuosi \(verkossa\),Edellinen vuosi \(paperilla\)\r\n0,/,
  );

  const formats = page.getByRole('region', { name: 'Kirjat muodoittain' });
  await formats.getByText('Näytä taulukkona').click();
  await expect(formats.getByRole('row', { name: /^Painettu/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    formats.getByRole('button', { name: 'Lataa CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('lukuhaaste-stats-2026-oodi-formats.csv');
  const csv = await readFile((await download.path()) as string, 'utf8');
  expect(csv.startsWith('\uFEFFMuoto,Tämä haaste,Edellinen vuosi\r\nPainettu,')).toBe(true);
  expect(csv.split('\r\n')).toHaveLength(5);

  // The tables are translated in code: a language switch must bring their texts too.
  await page.getByRole('banner').getByLabel('Kieli').selectOption('sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik' })).toBeVisible();
  const svFormats = page.getByRole('region', { name: 'Böcker per format' });
  await expect(svFormats.getByRole('columnheader', { name: 'Denna utmaning' })).toBeVisible();
  await expect(svFormats.getByRole('row', { name: /^Tryckt/ })).toBeVisible();
});
