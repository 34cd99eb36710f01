import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { SessionStore, type SessionUser } from '@lukuhaaste/web/data-access';
import { NotificationsApi } from '@lukuhaaste/web/data-access/notifications';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { NEVER } from 'rxjs';
import { App } from './app';
import { UnreadNotifications } from './notifications-bell/unread-notifications.store';

const en = JSON.parse(readFileSync(join(__dirname, '../../public/i18n/en.json'), 'utf8'));
const maija = {
  id: 'u1',
  displayName: 'Lukutoukka',
  email: 'maija@example.fi',
  role: 'PATRON',
  locale: 'en',
  createdAt: '',
} as SessionUser;

/** Lets dynamic imports and promises settle until `done` holds (a few rounds at most). */
async function until(fixture: ComponentFixture<unknown>, done: () => boolean): Promise<void> {
  for (let round = 0; round < 20 && !done(); round++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
  }
}

describe(App.name, () => {
  const user = signal<SessionUser | null>(null);
  const session = {
    user,
    isLoggedIn: () => user() !== null,
    whenReady: jest.fn().mockResolvedValue(undefined),
    updateProfile: jest.fn().mockResolvedValue(maija),
    logout: jest.fn().mockResolvedValue(undefined),
  };
  const language = { locale: signal('en'), use: jest.fn().mockResolvedValue(undefined) };

  async function render() {
    TestBed.configureTestingModule({
      imports: [
        App,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
        }),
      ],
      providers: [
        provideRouter([]),
        { provide: SessionStore, useValue: session },
        { provide: LanguageStore, useValue: language },
      ],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const names = (selector: string) => [...element.querySelectorAll(selector)].map((e) => e.textContent?.trim());
    return { fixture, element, names };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    user.set(null);
  });

  it('offers login and registration to visitors, with a skip link first', async () => {
    const { element, names } = await render();

    expect(element.querySelector('a')?.textContent?.trim()).toBe('Skip to content');
    expect(names('header a')).toEqual(expect.arrayContaining(['Reading Challenge', 'Log in', 'Register']));
    expect(names('header button')).not.toContain('Log out');
  });

  it('offers the profile and logout to a logged-in user and uses their language', async () => {
    user.set(maija);
    const { names } = await render();

    expect(names('header a')).toContain('Profile');
    expect(names('header button')).toContain('Log out');
    expect(language.use).toHaveBeenCalledWith('en');
  });

  it('switches the language and saves it on the account', async () => {
    user.set(maija);
    const { element } = await render();
    const select = element.querySelector('lh-language-switch select') as HTMLSelectElement;

    select.value = 'fi';
    select.dispatchEvent(new Event('change'));

    expect(language.use).toHaveBeenCalledWith('fi');
    expect(session.updateProfile).toHaveBeenCalledWith({ locale: 'fi' });
  });

  it('opens the phone menu from a labelled disclosure button and closes it with Escape, focus back on the button', async () => {
    const { fixture, element } = await render();
    const toggle = element.querySelector('.lh-menu-toggle') as HTMLButtonElement;
    const menu = element.querySelector('#lh-menu') as HTMLElement;
    expect(toggle.getAttribute('aria-controls')).toBe('lh-menu');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(menu.classList).toContain('lh-menu-open');
    expect(toggle.textContent?.trim()).toBe('Close menu');

    menu.querySelector('a')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(menu.classList).not.toContain('lh-menu-open');
    expect(document.activeElement).toBe(toggle);
  });

  it('shows the bell’s unread count on the closed phone menu’s button and in its name', async () => {
    user.set(maija);
    TestBed.configureTestingModule({
      providers: [
        { provide: NotificationsApi, useValue: { unreadCount: () => Promise.resolve(3), live: () => NEVER } },
      ],
    });
    const { fixture, element } = await render();
    const toggle = element.querySelector('.lh-menu-toggle') as HTMLButtonElement;
    // The bell is loaded after start-up and reports the count it fetched.
    await until(fixture, () => toggle.querySelector('.lh-menu-badge') !== null);
    expect(toggle.getAttribute('aria-label')).toBe('Menu, unread notifications: 3');
    expect(toggle.querySelector('.lh-menu-badge')?.textContent?.trim()).toBe('3');

    // Open, the bell inside the menu shows the count itself.
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-label')).toBeNull();
    expect(toggle.querySelector('.lh-menu-badge')).toBeNull();

    toggle.click();
    TestBed.inject(UnreadNotifications).count.set(0);
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-label')).toBeNull();
    expect(toggle.textContent?.trim()).toBe('Menu');
  });
});
