import { expectNoAxeViolations } from '../support/axe';
import { logIn } from '../support/login';
import { expect, test } from '../support/test';

const WRONG_TITLE = 'En man som heter Ove';
const RIGHT_TITLE = 'Mies nimeltä Ove';

test('a patron reports a wrong title; a librarian corrects it and the report is closed', async ({
  page,
  newContext,
}) => {
  await logIn(page, 'patron@demo.lukuhaaste.fi');
  await page.goto('/challenges/lukuhaaste-2026/2');
  await page.getByRole('button', { name: `Ilmoita virheestä kirjan tiedoissa: ${WRONG_TITLE}` }).click();
  const report = page.getByRole('dialog', { name: 'Ilmoita virheestä kirjan tiedoissa' });
  await report.getByRole('radio', { name: 'Nimi on väärin' }).check();
  await report.getByLabel('Lisätietoa (vapaaehtoinen)').fill(`Suomeksi: ${RIGHT_TITLE}`);
  await expectNoAxeViolations(page);
  await report.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
  await expect(page.getByText('Kiitos! Kirjastonhoitajat tarkistavat kirjan tiedot.')).toBeVisible();

  // A second report on the same book says it is already there.
  await page.getByRole('button', { name: `Ilmoita virheestä kirjan tiedoissa: ${WRONG_TITLE}` }).click();
  await report.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
  await expect(report.getByText('Olet jo ilmoittanut tästä kirjasta.', { exact: false })).toBeVisible();
  await report.getByRole('button', { name: 'Peruuta' }).click();

  const librarian = await (await newContext({ locale: 'fi-FI' })).newPage();
  await logIn(librarian, 'librarian@demo.lukuhaaste.fi');
  await librarian.getByRole('banner').getByRole('link', { name: 'Kirjaluettelo' }).click();
  await expect(librarian.getByRole('heading', { level: 1, name: 'Kirjaluettelo' })).toBeVisible();
  const flagged = librarian.getByRole('region', { name: 'Ilmoitetut virheet' });
  const item = flagged.getByRole('listitem').filter({ hasText: WRONG_TITLE });
  await expect(item.getByText('Väärä nimi: 1')).toBeVisible();
  await expect(item.getByText(`Suomeksi: ${RIGHT_TITLE}`)).toBeVisible();
  await expectNoAxeViolations(librarian);

  await item.getByRole('button', { name: 'Korjaa tiedot' }).click();
  const edit = librarian.getByRole('dialog', { name: 'Korjaa kirjan tiedot' });
  await edit.getByLabel('Nimi').fill(RIGHT_TITLE);
  await expect(edit.getByRole('checkbox', { name: 'Merkitse tämän kirjan ilmoitukset käsitellyiksi' })).toBeChecked();
  await expectNoAxeViolations(librarian);
  await edit.getByRole('button', { name: 'Tallenna korjaus' }).click();
  await expect(librarian.getByText(`Kirjan ${RIGHT_TITLE} tiedot korjattiin.`)).toBeVisible();
  await expect(flagged.getByText('Ei avoimia ilmoituksia – kiitos!')).toBeVisible();

  // The librarian finds the corrected book by its new title.
  await librarian.getByLabel('Nimi, kirjoittaja tai ISBN').fill('nimeltä ove');
  await librarian.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(
    librarian.getByRole('region', { name: 'Hae luettelosta' }).getByText(RIGHT_TITLE, { exact: true }),
  ).toBeVisible();

  await page.reload();
  await expect(page.locator('cite').filter({ hasText: RIGHT_TITLE })).toBeVisible();
  await expect(page.locator('cite').filter({ hasText: WRONG_TITLE })).toHaveCount(0);
});
