import type { Page } from '@playwright/test';
import { expect } from './test';

export const DEMO_PASSWORD = 'lukuhaaste-demo';

/**
 * Logs in through the form (Finnish UI) and waits until the shell knows the
 * session. The profile link may sit in the closed phone menu, so it need only
 * be in the page, not visible.
 */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Profiili', includeHidden: true })).toBeAttached();
}
