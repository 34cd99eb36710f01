import { TestBed } from '@angular/core/testing';
import { ApiError } from '@lukuhaaste/web/data-access';
import { LibrarianBranchesApi, type AdminBranch } from '@lukuhaaste/web/data-access/librarian';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { BranchesPage } from './branches-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const branch = (id: string, slug: string, fi: string, sv: string | null = null): AdminBranch => ({
  id,
  slug,
  name: { fi, sv, en: null },
});
const kallio = branch('b1', 'kallio', 'Kallion kirjasto', 'Berghälls bibliotek');
const sello = branch('b2', 'sello', 'Sellon kirjasto');

describe(BranchesPage.name, () => {
  const api = { list: jest.fn(), create: jest.fn(), update: jest.fn(), remove: jest.fn() };

  async function render() {
    TestBed.configureTestingModule({
      imports: [BranchesPage, translocoTesting('librarian')],
      providers: [{ provide: LibrarianBranchesApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(BranchesPage);
    const element = fixture.nativeElement as HTMLElement;
    const show = async () => {
      await settle();
      await fixture.whenStable();
    };
    await show();
    const field = (label: string) =>
      [...element.querySelectorAll('mat-form-field')].find(
        (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
      ) as HTMLElement;
    const type = (label: string, value: string) => {
      const input = field(label).querySelector('input') as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const valueOf = (label: string) => (field(label).querySelector('input') as HTMLInputElement).value;
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
      ) as HTMLButtonElement;
    const submit = async () => {
      element.querySelector('form')?.dispatchEvent(new Event('submit'));
      await show();
    };
    const alert = () => element.querySelector('lh-form-alert')?.textContent?.trim();
    return { element, field, type, valueOf, button, submit, show, alert };
  }

  beforeEach(() => {
    jest.resetAllMocks();
    api.list.mockResolvedValue([kallio, sello]);
  });

  it('lists the branches with their translations and slugs', async () => {
    const { element } = await render();
    const items = [...element.querySelectorAll('li')].map((li) =>
      [...li.querySelectorAll('p')].map((p) => p.textContent?.trim()),
    );
    expect(items).toEqual([
      ['Kallion kirjasto', 'Berghälls bibliotek', 'kallio'],
      ['Sellon kirjasto', 'sello'],
    ]);
    expect(element.querySelector('h2#lh-branches-list')?.textContent).toContain('Libraries (2)');
  });

  it('suggests the slug from the Finnish name until the admin types one, then adds the branch', async () => {
    const { type, valueOf, submit, alert } = await render();
    type('Name in Finnish', 'Itäkeskuksen kirjasto');
    expect(valueOf('Short name')).toBe('itakeskuksen-kirjasto');
    type('Short name', 'itakeskus');
    type('Name in Finnish', 'Itäkeskuksen kirjasto ');
    expect(valueOf('Short name')).toBe('itakeskus');
    type('Name in Swedish', 'Östra centrums bibliotek');
    api.create.mockResolvedValue(branch('b3', 'itakeskus', 'Itäkeskuksen kirjasto'));

    await submit();

    expect(api.create).toHaveBeenCalledWith({
      slug: 'itakeskus',
      name: { fi: 'Itäkeskuksen kirjasto ', sv: 'Östra centrums bibliotek', en: null },
    });
    expect(alert()).toBe('Itäkeskuksen kirjasto was added.');
    expect(api.list).toHaveBeenCalledTimes(2);
    expect(valueOf('Name in Finnish')).toBe('');
  });

  it('checks the form before sending: the Finnish name is required and the slug must fit the pattern', async () => {
    const { type, submit, field } = await render();
    type('Short name', 'Kallio 2');
    await submit();
    expect(api.create).not.toHaveBeenCalled();
    expect(field('Name in Finnish').textContent).toContain('This field is required.');
    expect(field('Short name').textContent).toContain('Check this value.');
  });

  it('shows the API’s verdict at the field (a taken slug)', async () => {
    const { type, submit, field } = await render();
    type('Name in Finnish', 'Kallio');
    api.create.mockRejectedValue(new ApiError('CONFLICT', [{ field: 'slug', code: 'TAKEN' }]));
    await submit();
    expect(field('Short name').textContent).toContain('This is already taken.');
  });

  it('edits a branch in the same form', async () => {
    const { button, valueOf, type, submit, alert, element } = await render();
    button('Edit Kallion kirjasto').click();
    await settle();
    expect(element.querySelector('h2#lh-branches-form')?.textContent).toContain('Edit: Kallion kirjasto');
    expect(valueOf('Name in Swedish')).toBe('Berghälls bibliotek');
    type('Name in English', 'Kallio Library');
    api.update.mockResolvedValue({ ...kallio, name: { ...kallio.name, en: 'Kallio Library' } });

    await submit();

    expect(api.update).toHaveBeenCalledWith('b1', {
      slug: 'kallio',
      name: { fi: 'Kallion kirjasto', sv: 'Berghälls bibliotek', en: 'Kallio Library' },
    });
    expect(alert()).toBe('The changes were saved.');
  });

  it('explains why a home branch cannot be deleted', async () => {
    const { button, show, alert } = await render();
    api.remove.mockRejectedValue(new ApiError('CONFLICT'));
    button('Delete Kallion kirjasto').click();
    await show();
    expect(alert()).toBe("This library cannot be deleted: it is readers' home library or has taken back paper lists.");
  });

  it('deletes an unused branch and lists the rest', async () => {
    const { button, show, alert } = await render();
    api.remove.mockResolvedValue(undefined);
    api.list.mockResolvedValue([kallio]);
    button('Delete Sellon kirjasto').click();
    await show();
    expect(api.remove).toHaveBeenCalledWith('b2');
    expect(alert()).toBe('Sellon kirjasto was deleted.');
  });
});
