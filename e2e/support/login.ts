import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'lukuhaaste-demo';

/** Logs in through the form (Finnish UI) and waits until the shell shows the session. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Profiili' })).toBeVisible();
}
