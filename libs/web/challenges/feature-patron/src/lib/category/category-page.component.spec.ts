import { TestBed } from '@angular/core/testing';
import { PageMeta } from '@lukuhaaste/web/util-i18n';
import { aChallenge } from '../testing/fixtures';
import { renderPage } from '../testing/render-page';
import { CategoryPage } from './category-page.component';

describe(CategoryPage.name, () => {
  it('describes itself with the category’s title and text for search results and link previews', async () => {
    const page = await renderPage(CategoryPage, { inputs: { slug: 'lukuhaaste-2026', position: '2' } });
    TestBed.inject(PageMeta).routeChanged('category.title', '/challenges/lukuhaaste-2026/2');
    await page.answer('ChallengeBySlug', { challenge: aChallenge(3) });

    const meta = (selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute('content');
    expect(page.texts('h1')).toEqual(['Category 2']);
    expect(document.title).toBe('Category 2 – Reading Challenge');
    expect(meta('name="description"')).toBe('About category 2');
    expect(meta('property="og:title"')).toBe('Category 2');
    expect(meta('property="og:description"')).toBe('About category 2');
    expect(meta('property="og:url"')).toMatch(/\/challenges\/lukuhaaste-2026\/2$/);
  });
});
