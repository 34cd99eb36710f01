import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/test';

const FIXTURE = join(__dirname, '..', '..', 'libs/api/books/src/lib/import/fixtures/goodreads_library_export.csv');
/** The fixture's reads are from 2024; the demo challenge is 2026's, so they move to its year (all before today). */
const EXPORT = Buffer.from(readFileSync(FIXTURE, 'utf8').replaceAll('2024/', '2026/'));

test('a patron imports their Goodreads export, reads the report and places an imported book in a category', async ({
  page,
}) => {
  await page.goto('/register');
  await expect(page.getByLabel('Nimimerkki')).not.toHaveValue('');
  await page.getByLabel('Sähköposti').fill(`tuoja-${Date.now()}@example.fi`);
  await page.getByLabel('Salasana').fill('pitkä salasana 2026');
  await page.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Profiili', includeHidden: true })).toBeAttached();

  await page.getByRole('banner').getByRole('link', { name: 'Oma lukeminen', includeHidden: true }).first().click();
  await page.getByRole('button', { name: 'Tuo Goodreadsista' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tuo Goodreadsista' });
  await expect(dialog.getByText('Helmet-lukuhaaste 2026')).toBeVisible();
  await dialog.getByLabel('Goodreadsin kirjastovienti (CSV)').setInputFiles({
    name: 'goodreads_library_export.csv',
    mimeType: 'text/csv',
    buffer: EXPORT,
  });
  await dialog.getByRole('button', { name: 'Tuo', exact: true }).click();

  await expect(dialog.getByText('Tuotuja kirjoja: 4.')).toBeVisible();
  const skipped = dialog.getByRole('table', { name: 'Tuomatta jääneet rivit: 3' });
  await expect(skipped.getByRole('row')).toHaveText([
    /Rivi\s*Nimi\s*Syy/,
    /4\s*The Hitchhiker's Guide.*Ei luettujen hyllyssä/,
    /7\s*Invalid Date Book\s*Lukupäivä ei kelpaa/,
    /8\s*Currently Reading Example\s*Ei luettujen hyllyssä/,
  ]);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Sulje' }).click();
  await expect(dialog).toBeHidden();

  const unplaced = page.getByRole('region', { name: 'Ei vielä haastekohdassa' });
  await expect(unplaced.getByRole('button', { name: /^Muokkaa: / })).toHaveCount(4);
  await expectNoAxeViolations(page);
  await unplaced.getByRole('button', { name: 'Muokkaa: Tuntematon sotilas' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Muokkaa merkintää' });
  await editDialog.getByLabel('Haastekohta').selectOption({ index: 1 });
  await editDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(editDialog).toBeHidden();

  await expect(
    page.getByRole('region', { name: 'Haastekohdittain' }).getByRole('button', { name: 'Muokkaa: Tuntematon sotilas' }),
  ).toBeVisible();
  await expect(unplaced.getByRole('button', { name: /^Muokkaa: / })).toHaveCount(3);
  await expect(page.getByText('1 / 50')).toBeVisible();
});
