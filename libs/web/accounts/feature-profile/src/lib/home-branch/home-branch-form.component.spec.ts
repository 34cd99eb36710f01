import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError, SessionStore, type SessionUser } from '@lukuhaaste/web/data-access';
import { BranchesApi, type Branch } from '@lukuhaaste/web/data-access/reading';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { HomeBranchForm } from './home-branch-form.component';

const reader: SessionUser = {
  id: 'u1',
  displayName: 'Lukutoukka',
  email: 'lukija@example.fi',
  role: 'PATRON',
  locale: 'sv',
  homeBranchId: 'b2',
  createdAt: '2026-01-01T00:00:00Z',
};
const BRANCHES: Branch[] = [
  { id: 'b1', slug: 'kallio', name: { fi: 'Kallion kirjasto', sv: 'Berghälls bibliotek', en: 'Kallio Library' } },
  { id: 'b2', slug: 'sello', name: { fi: 'Sellon kirjasto', sv: null, en: 'Sello Library' } },
  { id: 'b3', slug: 'pasila', name: { fi: 'Pasilan kirjasto', sv: 'Böle bibliotek', en: null } },
];

describe(HomeBranchForm.name, () => {
  const user = signal<SessionUser | null>(reader);
  const session = { user, updateProfile: jest.fn() };
  const locale = signal<'fi' | 'sv' | 'en'>('sv');

  async function render() {
    TestBed.configureTestingModule({
      imports: [HomeBranchForm, translocoTesting('branches')],
      providers: [
        { provide: SessionStore, useValue: session },
        { provide: LanguageStore, useValue: { locale } },
        { provide: BranchesApi, useValue: { list: jest.fn().mockResolvedValue(BRANCHES) } },
      ],
    });
    const fixture = TestBed.createComponent(HomeBranchForm);
    const element = fixture.nativeElement as HTMLElement;
    const show = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await show();
    const select = element.querySelector('select') as HTMLSelectElement;
    const options = () => [...select.options].map((option) => option.textContent?.trim());
    return { element, select, options, show };
  }

  beforeEach(() => {
    jest.resetAllMocks();
    user.set(reader);
    locale.set('sv');
  });

  it('offers every branch named and sorted in the reader’s language, with the current choice selected', async () => {
    const { select, options } = await render();
    expect(options()).toEqual(['No home library', 'Berghälls bibliotek', 'Böle bibliotek', 'Sellon kirjasto']);
    expect(select.value).toBe('b2');
  });

  it('saves the chosen branch, and null for none', async () => {
    const { element, select, show } = await render();
    session.updateProfile.mockResolvedValue(reader);
    select.value = 'b1';
    select.dispatchEvent(new Event('change'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await show();
    expect(session.updateProfile).toHaveBeenCalledWith({ homeBranchId: 'b1' });
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('Your home library was saved.');

    select.value = '';
    select.dispatchEvent(new Event('change'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await show();
    expect(session.updateProfile).toHaveBeenLastCalledWith({ homeBranchId: null });
  });

  it('says what went wrong when saving fails', async () => {
    const { element, show } = await render();
    session.updateProfile.mockRejectedValue(new ApiError('NETWORK_ERROR'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await show();
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).not.toBe('');
  });
});
