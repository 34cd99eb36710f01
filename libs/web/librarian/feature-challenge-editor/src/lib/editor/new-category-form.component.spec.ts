import { TestBed } from '@angular/core/testing';
import { aCategory } from '../../testing-fixtures';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { NewCategoryForm, type NewCategory } from './new-category-form.component';

describe(NewCategoryForm.name, () => {
  // jsdom does not lay out, so it has no scrollIntoView.
  beforeAll(() => (Element.prototype.scrollIntoView = jest.fn()));

  async function render() {
    TestBed.configureTestingModule({ imports: [NewCategoryForm, translocoTesting('librarian')] });
    const fixture = TestBed.createComponent(NewCategoryForm);
    fixture.componentRef.setInput('categories', [aCategory(1), aCategory(2)]);
    fixture.componentRef.setInput('locale', 'en');
    const added: NewCategory[] = [];
    fixture.componentInstance.add.subscribe((category) => added.push(category));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const title = () => element.querySelector<HTMLInputElement>('#lh-new-category-title-fi') as HTMLInputElement;
    const position = () => element.querySelector('select') as HTMLSelectElement;
    const typeTitle = async (value: string) => {
      title().value = value;
      title().dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      element.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, element, title, position, typeTitle, submit, added };
  }

  it('adds at the end unless a place is chosen', async () => {
    const { typeTitle, submit, added } = await render();

    await typeTitle(' Runokirja ');
    await submit();

    expect(added).toEqual([{ input: { title: { fi: 'Runokirja', sv: null, en: null }, description: null } }]);
  });

  it('offers every category as a place and sends the position after it', async () => {
    const { fixture, position, typeTitle, submit, added } = await render();

    expect([...position().options].map((option) => option.textContent?.trim())).toEqual([
      'At the end',
      'After 1. Item 1',
      'After 2. Item 2',
    ]);
    fixture.componentInstance.insertAfter(1);
    await fixture.whenStable();
    await typeTitle('Runokirja');
    await submit();

    expect(added[0]?.position).toBe(2);
  });

  it('takes the librarian to the title when asked to add after a category', async () => {
    const { fixture, title } = await render();

    fixture.componentInstance.insertAfter(2);
    await fixture.whenStable();

    expect(document.activeElement).toBe(title());
  });

  it('emits nothing without a Finnish title', async () => {
    const { submit, added, title } = await render();

    await submit();

    expect(added).toEqual([]);
    expect(title().closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim()).toBe(
      'This field is required.',
    );
  });

  it('empties itself after the page reports success', async () => {
    const { fixture, element, title, position, typeTitle } = await render();
    fixture.componentInstance.insertAfter(2);
    await typeTitle('Runokirja');

    fixture.componentRef.setInput('outcome', {
      kind: 'success',
      message: { key: 'librarian.newCategory.added', params: { position: 3 } },
    });
    await fixture.whenStable();

    expect(title().value).toBe('');
    expect(position().selectedIndex).toBe(0);
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('Category added at position 3.');
  });
});
