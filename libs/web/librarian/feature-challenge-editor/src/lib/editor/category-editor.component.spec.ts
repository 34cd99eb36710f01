import { TestBed } from '@angular/core/testing';
import { LibrarianChallengesApi } from '@lukuhaaste/web/data-access/librarian';
import { aCategory } from '../../testing-fixtures';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { CategoryEditor } from './category-editor.component';

describe(CategoryEditor.name, () => {
  async function render(
    position: number,
    count: number,
    options: { structureLocked?: boolean; category?: ReturnType<typeof aCategory> } = {},
  ) {
    TestBed.configureTestingModule({
      imports: [CategoryEditor, translocoTesting('librarian')],
      providers: [{ provide: LibrarianChallengesApi, useValue: { updateCategory: jest.fn() } }],
    });
    const fixture = TestBed.createComponent(CategoryEditor);
    fixture.componentRef.setInput('category', options.category ?? aCategory(position));
    fixture.componentRef.setInput('count', count);
    fixture.componentRef.setInput('structureLocked', options.structureLocked ?? false);
    fixture.componentRef.setInput('locale', 'en');
    const moves: Array<{ position: number; direction: string }> = [];
    fixture.componentInstance.moveTo.subscribe((move) => moves.push(move));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
      );
    return { fixture, element, button, moves };
  }

  it('moves one place up or down, named after the category', async () => {
    const { button, moves } = await render(2, 3);

    button('Move up: Item 2')?.click();
    button('Move down: Item 2')?.click();

    expect(moves).toEqual([
      { position: 1, direction: 'up' },
      { position: 3, direction: 'down' },
    ]);
  });

  it('cannot move the first category up or the last one down', async () => {
    const first = await render(1, 3);
    expect(first.button('Move up: Item 1')?.disabled).toBe(true);
    expect(first.button('Move down: Item 1')?.disabled).toBe(false);
    TestBed.resetTestingModule();

    const last = await render(3, 3);
    expect(last.button('Move up: Item 3')?.disabled).toBe(false);
    expect(last.button('Move down: Item 3')?.disabled).toBe(true);
  });

  it('labels each field with the position and language and flags missing translations', async () => {
    const { element, button } = await render(3, 3, {
      category: aCategory(3, { title: { fi: 'Runokirja', sv: 'Diktbok', en: null } }),
    });
    const labels = [...element.querySelectorAll('mat-label')].map((label) => label.textContent?.trim());

    expect(labels).toContain('Category 3 title (Swedish)');
    expect(labels).toContain('Category 3 description (Finnish)');
    expect(button('Save category 3')).toBeDefined();
    const englishTitle = element.querySelector<HTMLInputElement>('[id$="-en"][lang="en"]');
    expect(englishTitle?.closest('mat-form-field')?.textContent).toContain('Translation missing');
    const swedishTitle = element.querySelector<HTMLInputElement>('[id$="-sv"][lang="sv"]');
    expect(swedishTitle?.closest('mat-form-field')?.textContent).not.toContain('Translation missing');
  });

  it('shows unsaved changes after an edit', async () => {
    const { fixture, element } = await render(1, 1);
    const input = element.querySelector<HTMLInputElement>('input[lang="en"]') as HTMLInputElement;

    input.value = 'Poetry';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();

    expect(element.textContent).toContain('Unsaved changes');
  });

  it('has no move or remove buttons once the challenge is published', async () => {
    const { button } = await render(2, 3, { structureLocked: true });

    expect(button('Move up: Item 2')).toBeUndefined();
    expect(button('Remove category 2')).toBeUndefined();
    expect(button('Save category 2')).toBeDefined();
  });
});
