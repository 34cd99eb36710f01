import { expectNoAxeViolations } from '../support/axe';
import { logIn } from '../support/login';
import { expect, test } from '../support/test';

const BRANCH = 'Lauttasaaren kirjasto';

test('an admin adds a library, a patron picks it as home, and the leaderboard shows it to everyone', async ({
  page,
  newContext,
}) => {
  await logIn(page, 'admin@demo.lukuhaaste.fi');
  await page.getByRole('banner').getByRole('link', { name: 'Kirjastot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjastot' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Keskustakirjasto Oodi' })).toBeVisible();
  await page.getByLabel('Nimi suomeksi').fill(BRANCH);
  await expect(page.getByLabel('Tunniste')).toHaveValue('lauttasaaren-kirjasto');
  await page.getByLabel('Tunniste').fill('lauttasaari');
  await page.getByLabel('Nimi ruotsiksi').fill('Drumsö bibliotek');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(page.getByText(`${BRANCH} lisättiin.`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: BRANCH })).toContainText('Drumsö bibliotek');

  const patron = await (await newContext({ locale: 'fi-FI' })).newPage();
  await logIn(patron, 'patron@demo.lukuhaaste.fi');
  await patron.goto('/profile');
  await patron.getByRole('combobox', { name: 'Kotikirjasto' }).selectOption({ label: BRANCH });
  await patron.getByRole('button', { name: 'Tallenna kotikirjasto' }).click();
  await expect(patron.getByText('Kotikirjastosi tallennettiin.')).toBeVisible();
  await expectNoAxeViolations(patron);

  await patron.goto('/challenges/lukuhaaste-2026');
  await patron.getByRole('link', { name: 'Kirjastojen kisa' }).click();
  await expect(patron.getByRole('heading', { level: 1, name: 'Kirjastojen kisa' })).toBeVisible();
  const mine = patron.getByRole('row', { name: new RegExp(`^${BRANCH} \\(kotikirjastosi\\)`) });
  await expect(mine.getByRole('cell').first()).toHaveText('1');
  await expect(mine.getByRole('cell').nth(1)).not.toHaveText('0');
  await expectNoAxeViolations(patron);

  // Shown to everyone, in their language.
  const visitor = await (await newContext({ locale: 'sv-SE' })).newPage();
  await visitor.goto('/challenges/lukuhaaste-2026/branches');
  await expect(
    visitor
      .getByRole('row', { name: /^Drumsö bibliotek/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('1');

  // Its deletion would take the patron's choice away: refused, and said why.
  await page.getByRole('button', { name: `Poista ${BRANCH}` }).click();
  await expect(
    page.getByText(
      'Kirjastoa ei voi poistaa, koska se on lukijoiden kotikirjasto tai sinne on palautettu paperisia listoja.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: BRANCH })).toBeVisible();
});
