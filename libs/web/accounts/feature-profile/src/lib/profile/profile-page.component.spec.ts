import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApiError, SessionStore, type SessionUser } from '@lukuhaaste/web/data-access';
import { BranchesApi, MyDataApi, ProgressSharingApi } from '@lukuhaaste/web/data-access/reading';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { challengeSharing } from '../progress-sharing/testing-sharing';
import { ProfilePage } from './profile-page.component';

const maija: SessionUser = {
  id: 'u1',
  displayName: 'Lukutoukka',
  email: 'maija@example.fi',
  role: 'LIBRARIAN',
  locale: 'en',
  homeBranchId: null,
  createdAt: '2026-01-01T00:00:00Z',
};

describe(ProfilePage.name, () => {
  const user = signal<SessionUser | null>(maija);
  const session = { user, updateProfile: jest.fn(), changePassword: jest.fn(), logout: jest.fn() };
  const language = { use: jest.fn().mockResolvedValue(undefined), locale: signal('en') };
  const branches = { list: jest.fn().mockResolvedValue([]) };
  const myData = { export: jest.fn(), deleteAccount: jest.fn() };
  const sharing = { mineForJoined: jest.fn(), set: jest.fn() };

  async function render() {
    TestBed.configureTestingModule({
      imports: [ProfilePage, translocoTesting('branches')],
      providers: [
        provideRouter([]),
        { provide: SessionStore, useValue: session },
        { provide: LanguageStore, useValue: language },
        { provide: BranchesApi, useValue: branches },
        { provide: MyDataApi, useValue: myData },
        { provide: ProgressSharingApi, useValue: sharing },
      ],
    });
    const fixture = TestBed.createComponent(ProfilePage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const section = (title: string) => {
      const found = [...element.querySelectorAll('section')].find(
        (s) => s.querySelector('h2')?.textContent?.trim() === title,
      );
      if (!found) throw new Error(`No section ${title}`);
      return found;
    };
    const fill = (within: HTMLElement, label: string, value: string) => {
      const field = [...within.querySelectorAll('mat-form-field')].find(
        (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
      );
      const control = field?.querySelector('input, select') as HTMLInputElement;
      control.value = value;
      control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input'));
      return field as HTMLElement;
    };
    const submit = async (within: HTMLElement) => {
      within.querySelector('form')?.dispatchEvent(new Event('submit'));
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, element, section, fill, submit };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    user.set(maija);
    sharing.mineForJoined.mockResolvedValue([challengeSharing(false)]);
  });

  it('shows the email and the role', async () => {
    const { section } = await render();

    const account = section('Account').textContent ?? '';
    expect(account).toContain('maija@example.fi');
    expect(account).toContain('Librarian');
  });

  it('holds the share card opt-in of the joined challenge, where My reading links to', async () => {
    const { section } = await render();

    const share = section('Share my progress');
    expect(share.id).toBe('share');
    expect(share.querySelector('h3')?.textContent?.trim()).toBe('Helmet reading challenge 2026');
    expect(share.querySelector('button[role="switch"]')?.getAttribute('aria-checked')).toBe('false');
  });

  it('saves the display name and language and switches the interface language', async () => {
    session.updateProfile.mockImplementation(async (input) => {
      user.set({ ...maija, ...input });
      return { ...maija, ...input };
    });
    const { section, fill, submit } = await render();
    const details = section('Display name and language');
    fill(details, 'Display name', 'Kirjakko');
    fill(details, 'Language', 'sv');

    await submit(details);

    expect(session.updateProfile).toHaveBeenCalledWith({ displayName: 'Kirjakko', locale: 'sv' });
    expect(language.use).toHaveBeenCalledWith('sv');
    expect(details.querySelector('[role="status"]')?.textContent?.trim()).toBe('Your details were saved.');
  });

  it('shows a wrong current password at that field', async () => {
    session.changePassword.mockRejectedValue(
      new ApiError('BAD_USER_INPUT', [{ field: 'currentPassword', code: 'WRONG_PASSWORD' }]),
    );
    const { section, fill, submit } = await render();
    const password = section('Change password');
    const current = fill(password, 'Current password', 'guess');
    fill(password, 'New password', 'a much longer password');

    await submit(password);

    expect(current.querySelector('mat-error')?.textContent?.trim()).toBe('The password is wrong.');
  });

  it('does not send a new password that is too short', async () => {
    const { section, fill, submit } = await render();
    const password = section('Change password');
    fill(password, 'Current password', 'old password');
    const next = fill(password, 'New password', 'short');

    await submit(password);

    expect(session.changePassword).not.toHaveBeenCalled();
    expect(next.querySelector('mat-error')?.textContent?.trim()).toBe('At least 10 characters.');
  });

  it('logs out and goes home', async () => {
    session.logout.mockResolvedValue(undefined);
    const { section } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);

    (section('Session').querySelector('button') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve));

    expect(session.logout).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('offers the data downloads and, once the account is deleted, signs out and confirms it', async () => {
    myData.deleteAccount.mockResolvedValue(undefined);
    session.logout.mockImplementation(async () => user.set(null));
    const { fixture, element, section, fill, submit } = await render();
    expect(section('My data').textContent).toContain('Entries as CSV');

    const danger = section('Delete account');
    fill(danger, 'Password to confirm', 'correct horse battery');
    await submit(danger);
    fixture.detectChanges();

    expect(myData.deleteAccount).toHaveBeenCalledWith('correct horse battery');
    expect(session.logout).toHaveBeenCalled();
    expect(element.querySelector('h1')?.textContent).toContain('Account deleted');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('you have been signed out');
  });
});
