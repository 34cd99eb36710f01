import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore, type SessionUser } from '@lukuhaaste/web/data-access';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import type { ReportDialogData } from '@lukuhaaste/web/moderation/ui-moderation';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { of } from 'rxjs';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aChallenge, aConnection, aSuggestion } from '../testing-fixtures';
import { SuggestionsPage } from './suggestions-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const patron = { id: 'p1', displayName: 'Lukutoukka', role: 'PATRON' } as SessionUser;
const librarian = { id: 'l1', displayName: 'Kaisa', role: 'LIBRARIAN' } as SessionUser;
const islands = aSuggestion('s1', 'A book set on an island', { voteCount: 4 });
const cats = aSuggestion('s2', 'A book with a cat on the cover', { voteCount: 2, votedByMe: true });

describe(SuggestionsPage.name, () => {
  let dialogResult: unknown;
  const dialog = {
    open: jest.fn((_component: unknown, _config: unknown) => ({ afterClosed: () => of(dialogResult) })),
  };

  async function render(user: SessionUser | null, url = '/challenges/helmet-2026/suggestions') {
    const current = signal(user);
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, translocoTesting()],
      providers: [
        provideGraphqlClientTesting(),
        provideRouter([{ path: 'challenges/:slug/suggestions', component: SuggestionsPage }]),
        { provide: MatDialog, useValue: dialog },
        { provide: SessionStore, useValue: { user: current, isLoggedIn: computed(() => current() !== null) } },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    const controller = TestBed.inject(ApolloTestingController);
    const element = harness.routeNativeElement as HTMLElement;
    const show = async () => {
      await settle();
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    const button = (name: string, within: ParentNode = element) =>
      [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    const items = () => [...element.querySelectorAll('lh-suggestion-item')];
    const open = async (suggestions: unknown[], challenge = aChallenge()) => {
      await settle();
      controller.expectOne('SuggestionsChallenge').flush({ data: { challenge } });
      await settle();
      const list = controller.expectOne('CategorySuggestions');
      list.flush({ data: { categorySuggestions: aConnection(suggestions) } });
      await show();
      return list.operation.variables;
    };
    return { controller, element, show, button, items, open, router: TestBed.inject(Router) };
  }

  beforeEach(() => dialog.open.mockClear());

  it('lists the ideas most voted first; a vote is a toggle with its count', async () => {
    const { controller, element, show, items, open } = await render(patron);
    expect(await open([islands, cats])).toMatchObject({ challengeId: 'ch1', orderBy: 'VOTES' });

    expect(element.textContent).toContain('Ideas: 2');
    const votes = items().map((item) => item.querySelector('button[aria-pressed]') as HTMLButtonElement);
    expect(votes.map((b) => [b.getAttribute('aria-pressed'), b.getAttribute('aria-label')])).toEqual([
      ['false', 'Vote for “A book set on an island”, votes: 4'],
      ['true', 'Vote for “A book with a cat on the cover”, votes: 2'],
    ]);

    votes[0]?.click();
    await settle();
    const vote = controller.expectOne('VoteSuggestion');
    expect(vote.operation.variables).toEqual({ id: 's1' });
    vote.flush({ data: { voteSuggestion: { ...islands, voteCount: 5, votedByMe: true } } });
    await show();
    expect(items()[0]?.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed')).toBe('true');
    expect(items()[0]?.textContent).toContain('5');

    (items()[1]?.querySelector('button[aria-pressed]') as HTMLButtonElement).click();
    await settle();
    expect(controller.expectOne('UnvoteSuggestion').operation.variables).toEqual({ id: 's2' });
  });

  it('sends a one-line idea and puts it on the list; refuses one that is too short', async () => {
    const { controller, element, show, button, items, open } = await render(patron);
    await open([islands]);
    const input = element.querySelector('input[formcontrolname="text"]') as HTMLInputElement;

    input.value = 'Cat';
    input.dispatchEvent(new Event('input'));
    button('Suggest').click();
    await show();
    expect(element.textContent).toContain('At least 5 characters.');
    controller.verify();

    input.value = '  Poems by a Sámi author ';
    input.dispatchEvent(new Event('input'));
    button('Suggest').click();
    await settle();
    const suggest = controller.expectOne('SuggestCategory');
    expect(suggest.operation.variables).toEqual({ challengeId: 'ch1', text: 'Poems by a Sámi author' });
    suggest.flush({ data: { suggestCategory: aSuggestion('s9', 'Poems by a Sámi author') } });
    await show();
    expect(items()[0]?.textContent).toContain('Poems by a Sámi author');
    expect(element.textContent).toContain('Thank you! Your idea is on the list.');
    expect(input.value).toBe('');
    // Emptied for the next idea, without calling it missing.
    expect(element.querySelector('mat-error')?.textContent?.trim() ?? '').toBe('');
  });

  it('says when suggestions are closed, and asks anonymous visitors to log in while open', async () => {
    const closed = await render(patron);
    await closed.open([islands], aChallenge({ suggestionsOpen: false }));
    expect(closed.element.textContent).toContain('Suggestions are closed for this challenge.');
    expect(closed.element.querySelector('form')).toBeNull();
    TestBed.resetTestingModule();

    const anonymous = await render(null);
    await anonymous.open([islands]);
    expect(anonymous.element.querySelector('form')).toBeNull();
    expect(anonymous.element.textContent).toContain('Log in to suggest and vote');
    expect(anonymous.items()[0]?.querySelector('button[aria-pressed]')?.hasAttribute('disabled')).toBe(true);
  });

  it('orders by newest through the URL', async () => {
    const { open } = await render(patron, '/challenges/helmet-2026/suggestions?order=newest');
    expect(await open([cats])).toMatchObject({ orderBy: 'NEWEST' });
  });

  it('reports through the shared report dialog with the suggestion’s id', async () => {
    const { controller, element, show, button, items, open } = await render(patron);
    await open([islands]);
    dialogResult = true;

    button('Report', items()[0]).click();
    await show();
    const data = (dialog.open.mock.calls[0]?.[1] as { data: ReportDialogData }).data;
    expect(data.target).toBe('SUGGESTION');
    void data.send({ reason: 'OFF_TOPIC', note: null });
    await settle();
    expect(controller.expectOne('Report').operation.variables).toEqual({
      input: { suggestionId: 's1', reason: 'OFF_TOPIC', note: null },
    });
    expect(element.textContent).toContain('Thank you! The librarians will look at it.');
  });

  it('gives librarians merge and adopt; after adopting it links to the draft in the editor', async () => {
    const { controller, element, show, button, items, open } = await render(librarian);
    await open([islands, cats, aSuggestion('s3', 'Hidden spam', { hiddenAt: '2026-11-24T10:00:00Z' })]);
    expect(items()[2]?.querySelector('.lh-badge--alert')?.textContent?.trim()).toBe('Hidden');
    expect(button('Merge…', items()[2])).toBeUndefined();

    dialogResult = { ...islands, voteCount: 6 };
    button('Merge…', items()[1]).click();
    await settle();
    expect(dialog.open.mock.calls[0]?.[1]).toMatchObject({ data: { source: cats, candidates: [islands] } });
    controller.expectOne('CategorySuggestions').flush({ data: { categorySuggestions: aConnection([islands]) } });
    await show();
    expect(element.textContent).toContain('Merged. Votes now: 6.');

    dialogResult = {
      category: { __typename: 'Category', id: 'cat51', challengeId: 'ch2', position: 51 },
      challenge: { __typename: 'Challenge', id: 'ch2', year: 2027, title: { fi: 'Helmet 2027' } },
    };
    button('Make a draft category…', items()[0]).click();
    await settle();
    expect(dialog.open.mock.calls[1]?.[1]).toMatchObject({ data: { suggestion: islands, year: 2026 } });
    controller.expectOne('CategorySuggestions').flush({ data: { categorySuggestions: aConnection([islands]) } });
    await show();
    expect(element.textContent).toContain('Category 51 added to the draft.');
    expect(element.querySelector('[role="status"] a')?.getAttribute('href')).toBe('/librarian/challenges/ch2');
  });
});
