import { expect, test } from '../support/test';
import { expectNoAxeViolations } from '../support/axe';

const PASSWORD = 'pitkä salasana 2026';

test('a new patron registers, logs out, logs in, switches language and sees the translated profile', async ({
  page,
}) => {
  const email = `e2e-${Date.now()}@example.fi`;

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('banner').getByRole('link', { name: 'Rekisteröidy' }).click();
  await expect(page).toHaveURL(/\/register$/);
  const displayName = page.getByLabel('Nimimerkki');
  await expect(displayName).not.toHaveValue('');
  await expectNoAxeViolations(page);
  await page.getByLabel('Sähköposti').fill(email);
  await displayName.fill('Kirjamyyrä E2E');
  await page.getByLabel('Salasana').fill(PASSWORD);
  await page.getByRole('button', { name: 'Luo tili' }).click();

  await expect(page.getByRole('banner').getByRole('link', { name: 'Profiili' })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();

  await page.getByRole('banner').getByRole('link', { name: 'Kirjaudu sisään' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expectNoAxeViolations(page);
  await page.getByLabel('Sähköposti').fill(email.toUpperCase());
  await page.getByLabel('Salasana').fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();

  await page.getByRole('banner').getByRole('link', { name: 'Profiili' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByText(email)).toBeVisible();
  // No challenge joined yet: the share card section says so and points to the challenge.
  const share = page.getByRole('region', { name: 'Jaa edistymiseni' });
  await expect(share.getByRole('heading', { level: 3, name: 'Et ole vielä mukana haasteessa' })).toBeVisible();
  await expect(share.getByRole('link', { name: 'Siirry lukuhaasteeseen' })).toHaveAttribute('href', '/challenges');

  await page.getByRole('banner').getByLabel('Kieli').selectOption('sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expectNoAxeViolations(page);

  // The choice is stored on the account: a fresh page load comes back in Swedish.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
});

test('wrong credentials show a clear message and unknown pages a translated 404', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Sähköposti').fill('nobody@example.fi');
  await page.getByLabel('Salasana').fill('wrong password here');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('alert')).toContainText('Sähköpostiosoite tai salasana on väärin');

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
  await expectNoAxeViolations(page);
});

test('an anonymous visitor is sent from the profile to the login page and back after logging in', async ({ page }) => {
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fprofile/);
  await page.getByLabel('Sähköposti').fill('patron@demo.lukuhaaste.fi');
  await page.getByLabel('Salasana').fill('lukuhaaste-demo');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByText('patron@demo.lukuhaaste.fi')).toBeVisible();
});
