import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';

/** The head's tags a search engine or a link preview reads. */
function head(page: Page) {
  return {
    description: page.locator('head meta[name="description"]'),
    og: (property: string) => page.locator(`head meta[property="og:${property}"]`),
    canonical: page.locator('head link[rel="canonical"]'),
  };
}

test('public pages carry their own title, description and link preview, in the reader’s language, after each navigation', async ({
  page,
  baseURL,
}) => {
  const tags = head(page);
  await page.goto('/challenges/lukuhaaste-2026/2');
  await expect(page).toHaveTitle('Kirja, jonka sait lahjaksi – Lukuhaaste');
  await expect(tags.description).toHaveAttribute('content', 'Hyllyssä odottanut lahjakirja pääsee vihdoin vuoroon.');
  await expect(tags.og('title')).toHaveAttribute('content', 'Kirja, jonka sait lahjaksi');
  await expect(tags.og('description')).toHaveAttribute(
    'content',
    'Hyllyssä odottanut lahjakirja pääsee vihdoin vuoroon.',
  );
  await expect(tags.og('type')).toHaveAttribute('content', 'website');
  await expect(tags.og('locale')).toHaveAttribute('content', 'fi_FI');
  await expect(tags.og('url')).toHaveAttribute('content', `${baseURL}/challenges/lukuhaaste-2026/2`);
  await expect(tags.canonical).toHaveAttribute('href', `${baseURL}/challenges/lukuhaaste-2026/2`);
  // No real picture to show, so no og:image rather than a made-up one.
  await expect(tags.og('image')).toHaveCount(0);

  await page.getByRole('link', { name: /^Helmet-lukuhaaste 2026 – Kaikki haastekohdat/ }).click();
  await expect(page).toHaveTitle('Helmet-lukuhaaste 2026 – Lukuhaaste');
  await expect(tags.og('description')).toHaveAttribute('content', /^Viisikymmentä haastekohtaa koko vuodeksi\./);
  await expect(tags.canonical).toHaveAttribute('href', `${baseURL}/challenges/lukuhaaste-2026`);

  await page.getByRole('banner').getByLabel('Kieli').selectOption('sv');
  await expect(page).toHaveTitle('Helmet-läsutmaningen 2026 – Läsutmaning');
  await expect(tags.og('locale')).toHaveAttribute('content', 'sv_FI');
  await expect(tags.og('description')).toHaveAttribute('content', /^Femtio utmaningspunkter för hela året\./);

  // A page with nothing of its own to preview keeps a title and the app's description only.
  await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).click();
  await expect(page).toHaveTitle('Logga in – Läsutmaning');
  await expect(tags.description).toHaveAttribute('content', /^Bibliotekets läsutmaning/);
  await expect(tags.og('title')).toHaveCount(0);
  await expect(tags.canonical).toHaveCount(0);
  await expect(tags.description).toHaveCount(1);
});
