import { TestBed } from '@angular/core/testing';
import { Meta } from '@angular/platform-browser';
import { PageMeta } from '@lukuhaaste/web/util-i18n';
import { renderPage } from '../testing/render-page';
import { SharedProgressPage } from './shared-progress-page.component';

const SHARED = {
  sharedProgress: {
    __typename: 'SharedProgress',
    displayName: 'Lukutoukka',
    challengeTitle: {
      __typename: 'LocalizedText',
      fi: 'Helmet-lukuhaaste 2026',
      sv: null,
      en: 'Helmet challenge 2026',
    },
    challengeSlug: 'lukuhaaste-2026',
    year: 2026,
    filledCount: 12,
    categoryCount: 50,
    recentBooks: [{ __typename: 'SharedBook', title: 'Jäniksen vuosi', authors: ['Arto Paasilinna'] }],
    homeBranchName: null,
  },
};

describe(SharedProgressPage.name, () => {
  const render = () => renderPage(SharedProgressPage, { inputs: { slug: 'AbCdEfGhIjKlMnOp', year: '2026' } });

  it('shows the shared progress, the card with a real alt text and a way to join, and describes itself for previews', async () => {
    const { answer, element, texts } = await render();
    TestBed.inject(PageMeta).routeChanged('share.routeTitle', '/p/AbCdEfGhIjKlMnOp/2026');
    await answer('SharedProgress', SHARED);

    expect(texts('h1')).toEqual(["Lukutoukka's reading challenge"]);
    expect(element.textContent).toContain('A book logged for 12 of 50 categories');
    expect(texts('li')).toEqual(['Jäniksen vuosi by Arto Paasilinna']);
    const card = element.querySelector<HTMLImageElement>('img.lh-shared__card');
    expect(card?.getAttribute('src')).toBe('/p/AbCdEfGhIjKlMnOp/2026.png?lang=en');
    expect(card?.alt).toBe(
      'Share card: Lukutoukka has logged a book for 12 of 50 categories in Helmet challenge 2026.',
    );
    expect(element.querySelector('a[href="/challenges/lukuhaaste-2026"]')?.textContent?.trim()).toBe(
      'Join the challenge',
    );
    TestBed.tick();
    expect(TestBed.inject(Meta).getTag('property="og:image"')?.content).toMatch(
      /\/p\/AbCdEfGhIjKlMnOp\/2026\.png\?lang=en$/,
    );
  });

  it('shows one friendly not-found state for an address that shares nothing', async () => {
    const { backend, settle, texts } = await render();
    await settle();
    backend
      .expectOne('SharedProgress')
      .graphqlErrors([{ message: 'Nothing is shared at this address.', extensions: { code: 'NOT_FOUND' } }]);
    await settle();
    expect(texts('h1')).toEqual(['Nothing is shared here']);
    expect(texts('img')).toEqual([]);
  });
});
