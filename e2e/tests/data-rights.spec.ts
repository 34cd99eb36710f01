import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { logIn } from '../support/login';
import { expect, test } from '../support/test';

const PASSWORD = 'pitkä salasana 2026';

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path()) as string, 'utf8') };
}

test('a patron downloads their data as JSON and their entries as CSV', async ({ page }) => {
  await logIn(page, 'patron@demo.lukuhaaste.fi');
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 2, name: 'Omat tiedot' })).toBeVisible();
  await expectNoAxeViolations(page);

  const json = await download(page, 'Lataa omat tiedot (JSON)');
  expect(json.name).toMatch(/^lukuhaaste-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(json.text) as { profile: { email: string }; readingEntries: unknown[] };
  expect(data.profile.email).toBe('patron@demo.lukuhaaste.fi');
  expect(data.readingEntries.length).toBeGreaterThan(0);

  const csv = await download(page, 'Merkinnät CSV-tiedostona');
  expect(csv.name).toMatch(/^lukuhaaste-entries-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.startsWith('\uFEFFchallenge,category,title,authors,')).toBe(true);
  expect(csv.text.split('\r\n').length - 2).toBe(data.readingEntries.length);

  // The same file from My reading.
  await page.goto('/my-reading');
  const fromMyReading = await download(page, 'Lataa merkinnät (CSV)');
  expect(fromMyReading.text).toBe(csv.text);
});

test('a throwaway patron deletes their account and can no longer log in', async ({ page }) => {
  const email = `e2e-delete-${Date.now()}@example.fi`;
  await page.goto('/register');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(PASSWORD);
  await page.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Profiili' })).toBeVisible();

  await page.goto('/profile');
  const password = page.getByLabel('Salasana vahvistukseksi');
  await password.fill('väärä salasana');
  await page.getByRole('button', { name: 'Poista tilini' }).click();
  await expect(page.getByText('Salasana on väärin.')).toBeVisible();

  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Poista tilini' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tili poistettu' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('kirjattu ulos');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/login');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByText('Sähköpostiosoite tai salasana on väärin.')).toBeVisible();
});
