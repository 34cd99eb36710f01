import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from '../support/axe';
import { logIn } from '../support/login';
import { expect, test } from '../support/test';

test('a librarian reads the statistics, filters them by branch and downloads a table as CSV', async ({ page }) => {
  await logIn(page, 'librarian@demo.lukuhaaste.fi');
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
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Kirjasto' }).selectOption({ label: 'Keskustakirjasto Oodi' });
  await expect(page).toHaveURL(/[?&]branch=[0-9a-f-]{36}/);
  await expect
    .poll(async () => Number(await participants.locator('.lh-stats__key-value').textContent()))
    .toBeLessThan(allParticipants);

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
