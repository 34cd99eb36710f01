import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError } from 'graphql';
import { of } from 'rxjs';
import { aCategory, aChallenge, aText } from '../../testing-fixtures';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { ChallengeEditorPage } from './challenge-editor-page.component';

const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
};

describe(ChallengeEditorPage.name, () => {
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(true) })) };

  async function render(challenge = aChallenge()) {
    TestBed.configureTestingModule({
      imports: [ChallengeEditorPage, ApolloTestingModule, translocoTesting('librarian')],
      providers: [provideRouter([]), provideGraphqlClientTesting(), { provide: MatDialog, useValue: dialog }],
    });
    const fixture = TestBed.createComponent(ChallengeEditorPage);
    fixture.componentRef.setInput('id', challenge.id);
    await fixture.whenStable();
    await settle();
    const controller = TestBed.inject(ApolloTestingController);
    const load = controller.expectOne('LibrarianChallenge');
    expect(load.operation.variables).toEqual({ id: challenge.id });
    load.flush({ data: { challenge } });
    await settle();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
      );
    const refresh = async () => {
      await settle();
      await fixture.whenStable();
    };
    return { fixture, controller, element, button, refresh };
  }

  beforeEach(() => jest.clearAllMocks());
  // jsdom does not lay out, so it has no scrollIntoView.
  beforeAll(() => (Element.prototype.scrollIntoView = jest.fn()));

  it('lets a draft change its dates and book reuse', async () => {
    const { element } = await render();

    expect(element.querySelector<HTMLInputElement>('input[type="date"]')?.disabled).toBe(false);
    expect(element.textContent).not.toContain('can only be changed while the challenge is a draft');
  });

  it('disables the structural fields of a published challenge and says why', async () => {
    const { element, button } = await render(aChallenge({ status: 'PUBLISHED' }));

    const dates = [...element.querySelectorAll<HTMLInputElement>('input[type="date"]')];
    expect(dates.map((input) => input.disabled)).toEqual([true, true]);
    expect(element.querySelector<HTMLInputElement>('input[type="checkbox"]')?.disabled).toBe(true);
    expect(element.textContent).toContain(
      "Dates, book reuse and the categories' order can only be changed while the challenge is a draft.",
    );
    expect(button('Move up: Item 2')).toBeUndefined();
    expect(button('Save category 2')).toBeDefined();
    expect(button('Archive')).toBeDefined();
  });

  it('opens suggestions at once with the toggle, without saving the details form', async () => {
    const { controller, element, refresh } = await render();
    const toggle = element.querySelector('lh-suggestions-toggle button[role="switch"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-checked')).toBe('false');

    toggle.click();
    await refresh();
    const update = controller.expectOne('LibrarianUpdateChallenge');
    expect(update.operation.variables).toEqual({ id: 'ch-1', input: { suggestionsOpen: true } });
    update.flush({ data: { updateChallenge: aChallenge({ suggestionsOpen: true }) } });
    await refresh();

    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(element.textContent).toContain('Saved.');
  });

  it('moves a category down, adopts the server order and announces it', async () => {
    const { controller, button, element, refresh } = await render();

    button('Move down: Item 1')?.click();
    await refresh();
    const move = controller.expectOne('LibrarianMoveCategory');
    expect(move.operation.variables).toEqual({ id: 'cat-1', position: 2 });
    const reordered = [
      aCategory(1, { id: 'cat-2', title: aText('Kohta 2', null, 'Item 2') }),
      aCategory(2, { id: 'cat-1', title: aText('Kohta 1', null, 'Item 1') }),
      aCategory(3),
    ];
    move.flush({ data: { moveCategory: aChallenge({ categories: reordered }) } });
    await refresh();

    const headings = [...element.querySelectorAll('lh-category-editor')].map(
      (editor) => editor.querySelector('input[lang="en"]') as HTMLInputElement,
    );
    expect(headings.map((input) => input.value)).toEqual(['Item 2', 'Item 1', 'Item 3']);
    expect(element.querySelector('[aria-live="polite"]')?.textContent?.trim()).toBe(
      'Item 1 is now at position 2 of 3.',
    );
  });

  it('explains a publishing conflict in the form alert', async () => {
    const { controller, button, element, refresh } = await render();

    button('Publish')?.click();
    await refresh();
    controller
      .expectOne('LibrarianPublishChallenge')
      .graphqlErrors([new GraphQLError('Conflict', { extensions: { code: 'CONFLICT' } })]);
    await refresh();

    expect(dialog.open).toHaveBeenCalled();
    const alerts = [...element.querySelectorAll('[role="alert"]')]
      .map((alert) => alert.textContent?.trim())
      .filter(Boolean);
    expect(alerts).toEqual(['Another challenge is already published for this year.']);
    expect(button('Publish')).toBeDefined();
  });

  it('adds a category after the chosen one and shifts the later ones', async () => {
    const { controller, button, element, refresh } = await render();

    button('Add a category after 1')?.click();
    await refresh();
    const title = element.querySelector<HTMLInputElement>('#lh-new-category-title-fi') as HTMLInputElement;
    expect(document.activeElement).toBe(title);
    title.value = 'Runokirja';
    title.dispatchEvent(new Event('input'));
    element.querySelector('lh-new-category-form form')?.dispatchEvent(new Event('submit'));
    await refresh();
    const add = controller.expectOne('LibrarianAddCategory');
    expect(add.operation.variables).toEqual({
      challengeId: 'ch-1',
      input: { title: { fi: 'Runokirja', sv: null, en: null }, description: null },
      position: 2,
    });
    add.flush({ data: { addCategory: aCategory(2, { id: 'new', title: aText('Runokirja') }) } });
    await refresh();

    const headings = [...element.querySelectorAll('lh-category-editor h3')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Category 1', 'Category 2', 'Category 3', 'Category 4']);
    const finnishTitles = [...element.querySelectorAll<HTMLInputElement>('lh-category-editor input[lang="fi"]')];
    expect(finnishTitles.map((input) => input.value)).toEqual(['Kohta 1', 'Runokirja', 'Kohta 2', 'Kohta 3']);
    expect(element.textContent).toContain('Category added at position 2.');
    expect(title.value).toBe('');
  });
});
