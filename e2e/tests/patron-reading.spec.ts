import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoAxeViolations } from '../support/axe';
import { logIn } from '../support/login';
import { pressOnceHydrated } from '../support/press';

/** A new patron through the form, with the suggested pseudonym: the demo patron has already joined this year. */
async function registerPatron(page: Page): Promise<void> {
  await page.goto('/register');
  await expect(page.getByLabel('Nimimerkki')).not.toHaveValue('');
  await page.getByLabel('Sähköposti').fill(`lukija-${Date.now()}@example.fi`);
  await page.getByLabel('Salasana').fill('pitkä salasana 2026');
  await page.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Profiili', includeHidden: true })).toBeAttached();
}

test('the demo patron sees their year at work on the first look', async ({ page }) => {
  await logIn(page, 'patron@demo.lukuhaaste.fi');
  await page.goto('/');
  await expect(page.getByRole('progressbar', { name: 'Edistymisesi' })).toBeVisible();
  await expect(page.getByText('12 / 50')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Liity lukuhaasteeseen' })).toHaveCount(0);
});

test('a new patron joins, finds a book, logs it in a category, sees progress, edits and removes it', async ({
  page,
}) => {
  await registerPatron(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Helmet-lukuhaaste 2026' })).toBeVisible();
  await pressOnceHydrated(
    page.getByRole('button', { name: 'Liity lukuhaasteeseen' }),
    page.getByRole('progressbar', { name: 'Edistymisesi' }),
  );
  await expect(page.getByText('0 / 50')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Katso kaikki haastekohdat' }).click();
  await expect(page).toHaveURL(/\/challenges\/lukuhaaste-2026$/);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^1\b.*pohjoismainen/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kirja, jonka kirjoittaja on pohjoismainen' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Merkitse kirja' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Haastekohta')).toHaveValue(/.+/);
  await dialog.getByRole('combobox', { name: 'Kirja' }).fill('jäniksen');
  await page.getByRole('option', { name: /Jäniksen vuosi/ }).click();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { name: 'Oma kirjasi' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Muokkaa: Jäniksen vuosi' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('1 / 50')).toBeVisible();

  await page.goto('/challenges/lukuhaaste-2026/1');
  await page.getByRole('button', { name: 'Muokkaa: Jäniksen vuosi' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Muokkaa merkintää' });
  await expect(editDialog.getByText('Jäniksen vuosi')).toBeVisible();
  const fourStars = editDialog.getByRole('radio', { name: '4/5 tähteä' });
  await fourStars.click();
  await expect(fourStars).toHaveAttribute('aria-checked', 'true');
  await editDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(editDialog).toBeHidden();
  await expect(page.getByText('Arvio: 4/5')).toBeVisible();

  await page.getByRole('banner').getByRole('link', { name: 'Oma lukeminen' }).click();
  await expect(page.getByRole('button', { name: 'Poista: Jäniksen vuosi' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Poista: Jäniksen vuosi' }).click();
  await page.getByRole('alertdialog', { name: 'Poistetaanko kirja?' }).getByRole('button', { name: 'Poista' }).click();
  await expect(page.getByRole('heading', { name: 'Et ole vielä merkinnyt kirjoja' })).toBeVisible();

  await page.goto('/');
  await expect(page.getByText('0 / 50')).toBeVisible();
});
