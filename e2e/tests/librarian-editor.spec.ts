import { expect, test } from '../support/test';
import { expectNoAxeViolations } from '../support/axe';
import { logIn } from '../support/login';

test('a librarian clones last year, reorders, fixes a Swedish title and publishes; a patron sees it', async ({
  page,
  newContext,
}) => {
  await logIn(page, 'librarian@demo.lukuhaaste.fi');
  await page.getByRole('banner').getByRole('link', { name: 'Kirjastonhoitajalle' }).click();
  await expect(page).toHaveURL(/\/librarian\/challenges$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lukuhaasteet' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Kloonaa edellinen vuosi' }).click();
  await expect(page).toHaveURL(/\/librarian\/challenges\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByLabel('Haastekohdan 1 otsikko (suomi)', { exact: true })).toHaveValue(
    'Kirja, jonka kirjoittaja on pohjoismainen',
  );
  await expectNoAxeViolations(page);

  // Keyboard alternative to drag and drop: category 1 moves below category 2.
  await page.getByRole('button', { name: 'Siirrä alas: Kirja, jonka kirjoittaja on pohjoismainen' }).click();
  await expect(page.getByLabel('Haastekohdan 1 otsikko (suomi)', { exact: true })).toHaveValue(
    'Kirja, jonka sait lahjaksi',
  );
  await expect(page.getByLabel('Haastekohdan 2 otsikko (suomi)', { exact: true })).toHaveValue(
    'Kirja, jonka kirjoittaja on pohjoismainen',
  );

  await page.getByLabel('Haastekohdan 1 otsikko (ruotsi)', { exact: true }).fill('En bok som du fick i present');
  await page.getByRole('button', { name: 'Tallenna haastekohta 1', exact: true }).click();
  await expect(page.getByText('Haastekohta 1 tallennettu.')).toBeVisible();

  await page.getByRole('button', { name: 'Julkaise', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Julkaise nyt' }).click();
  await expect(page.getByText('Haaste on julkaistu.')).toBeVisible();

  // A patron (Swedish UI) sees the published challenge in the new order with the fixed title.
  const patron = await (await newContext({ locale: 'sv-SE' })).newPage();
  await patron.goto('/challenges/lukuhaaste-2027');
  await expect(patron.getByRole('link', { name: /^1\b.*En bok som du fick i present/ })).toBeVisible();
  await expect(patron.getByRole('link', { name: /^2\b.*En bok av en nordisk författare/ })).toBeVisible();
  await expectNoAxeViolations(patron);
});

test('a patron cannot open the librarian area', async ({ page }) => {
  await logIn(page, 'patron@demo.lukuhaaste.fi');
  await page.goto('/librarian/challenges');
  await expect(page).toHaveURL(/\/librarian\/not-allowed$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ei käytettävissä' })).toBeVisible();
});
