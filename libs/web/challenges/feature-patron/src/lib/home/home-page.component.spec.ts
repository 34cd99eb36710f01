import { TestBed } from '@angular/core/testing';
import { PageMeta } from '@lukuhaaste/web/util-i18n';
import { aChallenge, anEntry, aParticipation } from '../testing/fixtures';
import { maija, renderPage } from '../testing/render-page';
import { HomePage } from './home-page.component';

describe(HomePage.name, () => {
  it('says so kindly when no challenge is published', async () => {
    const { answer, texts, backend } = await renderPage(HomePage);

    await answer('CurrentChallenge', { currentChallenge: null });

    expect(texts('h2')).toContain('No reading challenge published yet');
    expect(texts('button')).not.toContain('Log a book');
    backend.verify();
  });

  it('invites a visitor to join, coming back here afterwards', async () => {
    const { answer, texts, element, backend } = await renderPage(HomePage);

    await answer('CurrentChallenge', { currentChallenge: aChallenge(50) });

    expect(texts('h1')).toEqual(['Helmet Reading Challenge 2026']);
    expect(texts('button')).toContain('Log a book');
    const register = [...element.querySelectorAll('a')].find(
      (a) => a.textContent?.trim() === 'Create an account and join',
    );
    expect(register?.getAttribute('href')).toBe('/register?returnUrl=%2F');
    backend.verify();
  });

  it('describes itself with the current challenge for search results and link previews', async () => {
    const { answer } = await renderPage(HomePage);
    TestBed.inject(PageMeta).routeChanged('nav.home', '/');

    const description = { __typename: 'LocalizedText', fi: 'Lue laajasti.', sv: null, en: 'Read widely.' };
    await answer('CurrentChallenge', { currentChallenge: aChallenge(50, { description }) });

    expect(document.title).toBe('Helmet Reading Challenge 2026 – Reading Challenge');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Read widely.');
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      'Helmet Reading Challenge 2026',
    );
  });

  it('shows my progress as text and as a progress bar', async () => {
    const { answer, element, backend } = await renderPage(HomePage, { user: maija });

    await answer('CurrentChallenge', { currentChallenge: aChallenge(50) });
    await answer('MyParticipation', {
      myParticipation: aParticipation([anEntry('e1', 1), anEntry('e2', 7), anEntry('e3', null)]),
    });

    const ring = element.querySelector('[role="progressbar"]') as HTMLElement;
    expect(ring.textContent?.trim()).toBe('2 / 50');
    expect(ring.getAttribute('aria-label')).toBe('Your progress');
    expect(element.textContent).toContain('A book logged for 2 of 50 categories');
    expect(element.querySelector('lh-celebration')).toBeNull();
    backend.verify();
  });

  it('celebrates a finished challenge', async () => {
    const { answer, texts } = await renderPage(HomePage, { user: maija });

    await answer('CurrentChallenge', { currentChallenge: aChallenge(2) });
    await answer('MyParticipation', {
      myParticipation: aParticipation([anEntry('e1', 1), anEntry('e2', 2)], '2026-06-01T10:00:00Z'),
    });

    expect(texts('[role="status"] h2')).toContain('You completed the reading challenge!');
  });

  it('shows a translated error when the API cannot be reached', async () => {
    const { settle, backend, texts } = await renderPage(HomePage);

    await settle();
    backend.expectOne('CurrentChallenge').networkError(new Error('offline'));
    await settle();

    expect(texts('[role="alert"]')).toEqual(['The service cannot be reached. Check your connection and try again.']);
    expect(texts('button')).toContain('Try again');
  });
});
