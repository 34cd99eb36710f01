import type { Page } from '@playwright/test';

/** From the librarian's challenge list to the 2026 challenge's paper returns desk (as a librarian). */
export async function openPaperDesk(page: Page): Promise<void> {
  await page.goto('/librarian/challenges');
  await page
    .getByRole('row', { name: /^2026 Helmet-lukuhaaste 2026/ })
    .getByRole('link')
    .click();
  await page.getByRole('link', { name: 'Paperiset palautukset' }).click();
}
