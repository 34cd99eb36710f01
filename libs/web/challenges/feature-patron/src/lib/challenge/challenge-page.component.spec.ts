import { TestBed } from '@angular/core/testing';
import { PageMeta } from '@lukuhaaste/web/util-i18n';
import { aChallenge, anEntry, aParticipation } from '../testing/fixtures';
import { maija, renderPage } from '../testing/render-page';
import { ChallengePage } from './challenge-page.component';

describe(ChallengePage.name, () => {
  // The page loads the filter for participants on demand; compiling it on the first demand took a test's whole timeout.
  beforeAll(() => import('./category-filter-toggle.component'));

  async function renderAsMaija() {
    const page = await renderPage(ChallengePage, { user: maija, inputs: { slug: 'lukuhaaste-2026' } });
    await page.answer('ChallengeBySlug', { challenge: aChallenge(3) });
    await page.answer('MyParticipation', { myParticipation: aParticipation([anEntry('e1', 2)]) });
    return page;
  }

  it('lists every category as a link card with its done state in words', async () => {
    const { element, texts } = await renderAsMaija();

    const cards = [...element.querySelectorAll('lh-category-card a')];
    expect(cards.map((a) => a.getAttribute('href'))).toEqual([
      '/challenges/lukuhaaste-2026/1',
      '/challenges/lukuhaaste-2026/2',
      '/challenges/lukuhaaste-2026/3',
    ]);
    expect(texts('lh-category-card')[1]).toContain('Book e1');
    expect(texts('lh-category-card')[1]).toContain('Done');
    expect(texts('lh-category-card')[0]).toContain('To do');
    expect(element.querySelector('[role="progressbar"]')?.textContent?.trim()).toBe('1 / 3');
  });

  it('describes itself for search results and link previews, with the app’s description when it has none', async () => {
    const page = await renderPage(ChallengePage, { inputs: { slug: 'lukuhaaste-2026' } });
    TestBed.inject(PageMeta).routeChanged('challenge.title', '/challenges/lukuhaaste-2026');
    await page.answer('ChallengeBySlug', { challenge: aChallenge(3) });

    expect(document.title).toBe('Helmet Reading Challenge 2026 – Reading Challenge');
    expect(document.querySelector('meta[property="og:description"]')?.getAttribute('content')).toMatch(
      /^The library's reading challenge/,
    );
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      /\/challenges\/lukuhaaste-2026$/,
    );
  });

  it('links to next year’s category ideas while suggestions are open', async () => {
    const page = await renderPage(ChallengePage, { user: maija, inputs: { slug: 'lukuhaaste-2026' } });
    await page.answer('ChallengeBySlug', { challenge: aChallenge(3, { suggestionsOpen: true }) });
    await page.answer('MyParticipation', { myParticipation: aParticipation([]) });
    expect(page.element.querySelector('a[href="/challenges/lukuhaaste-2026/suggestions"]')?.textContent?.trim()).toBe(
      'Suggest categories for next year',
    );
  });

  it('has no suggestions link while suggestions are closed', async () => {
    const { element } = await renderAsMaija();
    expect(element.querySelector('a[href="/challenges/lukuhaaste-2026/suggestions"]')).toBeNull();
  });

  it('links to the libraries’ friendly competition', async () => {
    const { element } = await renderAsMaija();
    expect(element.querySelector('a[href="/challenges/lukuhaaste-2026/branches"]')?.textContent?.trim()).toBe(
      "Libraries' friendly competition",
    );
  });

  it('filters to done and to-do categories', async () => {
    const { element, texts, settle } = await renderAsMaija();
    const toggle = (name: string) =>
      [...element.querySelectorAll('mat-button-toggle button')].find(
        (b) => b.textContent?.trim() === name,
      ) as HTMLElement;

    toggle('Done').click();
    await settle();
    expect(texts('lh-category-card .lh-category-card__title')).toEqual(['2. Category 2']);
    expect(texts('p[role="status"]')).toEqual(['Showing 1 of 3 categories']);

    toggle('To do').click();
    await settle();
    expect(texts('lh-category-card .lh-category-card__title')).toEqual(['1. Category 1', '3. Category 3']);
  });

  it('searches category titles and says when nothing matches', async () => {
    const { element, texts, settle } = await renderAsMaija();
    const search = element.querySelector('input[type="search"]') as HTMLInputElement;

    search.value = 'category 3';
    search.dispatchEvent(new Event('input'));
    await settle();
    expect(texts('lh-category-card .lh-category-card__title')).toEqual(['3. Category 3']);

    search.value = 'dragons';
    search.dispatchEvent(new Event('input'));
    await settle();
    expect(element.querySelector('lh-category-card')).toBeNull();
    expect(texts('h3')).toContain('No matches');
  });

  it('shows no filters to a visitor, who has nothing done yet', async () => {
    const { answer, element, backend } = await renderPage(ChallengePage, { inputs: { slug: 'lukuhaaste-2026' } });

    await answer('ChallengeBySlug', { challenge: aChallenge(3) });

    expect(element.querySelector('mat-button-toggle-group')).toBeNull();
    expect(element.querySelectorAll('lh-category-card')).toHaveLength(3);
    backend.verify();
  });
});
