import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { NotificationsApi, type AppNotification } from '@lukuhaaste/web/data-access/notifications';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { Subject } from 'rxjs';
import { NotificationsBell } from './notifications-bell.component';

const en = JSON.parse(readFileSync(join(__dirname, '../../../public/i18n/en.json'), 'utf8'));
const sleep = () => new Promise((resolve) => setTimeout(resolve));

function aReplyNotification(id: string, readAt: string | null = null): AppNotification {
  return {
    id,
    kind: 'REPLY',
    actor: { id: 'u2', displayName: 'Kirjamato' },
    thread: {
      id: 't1',
      title: null,
      category: { id: 'cat12', position: 12, title: { fi: 'Eläin nimessä', sv: null, en: 'An animal in the title' } },
    },
    comment: { id: `comment-of-${id}` },
    outcome: null,
    createdAt: '2026-11-24T10:00:00Z',
    readAt,
  } as AppNotification;
}

describe(NotificationsBell.name, () => {
  async function render(unread: number, list: AppNotification[]) {
    const live = new Subject<AppNotification>();
    const api = {
      unreadCount: jest.fn().mockResolvedValue(unread),
      page: jest.fn().mockResolvedValue({ edges: list.map((node) => ({ node })), unreadCount: unread }),
      markRead: jest.fn().mockResolvedValue(unread),
      live: jest.fn(() => live.asObservable()),
    };
    TestBed.configureTestingModule({
      imports: [
        NotificationsBell,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
        }),
      ],
      providers: [
        provideRouter([]),
        { provide: NotificationsApi, useValue: api },
        { provide: LanguageStore, useValue: { locale: signal('en') } },
      ],
    });
    const fixture = TestBed.createComponent(NotificationsBell);
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await sleep();
        fixture.detectChanges();
      }
    };
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const bell = () => element.querySelector('button.lh-bell') as HTMLButtonElement;
    return { api, live, settle, bell };
  }

  it('shows the unread count in the bell’s name and follows new notifications live', async () => {
    const { bell, live, settle } = await render(2, []);
    expect(bell().getAttribute('aria-label')).toBe('Notifications, unread: 2');
    expect(bell().querySelector('.lh-bell__count')?.textContent).toBe('2');

    live.next(aReplyNotification('n3'));
    await settle();
    expect(bell().getAttribute('aria-label')).toBe('Notifications, unread: 3');
  });

  it('lists notifications as links to the comment and marks them all read', async () => {
    const { bell, api, settle } = await render(1, [
      aReplyNotification('n1'),
      aReplyNotification('n0', '2026-11-23T10:00:00Z'),
    ]);
    bell().click();
    await settle();
    expect(api.page).toHaveBeenCalledWith(10);

    const items = [...document.querySelectorAll('.lh-bell-menu a[mat-menu-item]')];
    expect(items.map((a) => a.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^Unread: Kirjamato replied to you in “12\. An animal in the title”/),
      expect.stringMatching(/^Kirjamato replied to you in “12\. An animal in the title”/),
    ]);
    expect(items[0].getAttribute('href')).toBe('/threads/t1?comment=comment-of-n1');

    const markAll = [...document.querySelectorAll('.lh-bell-menu button')].find((b) =>
      b.textContent?.includes('Mark all as read'),
    ) as HTMLButtonElement;
    markAll.click();
    await settle();
    expect(api.markRead).toHaveBeenCalledWith(undefined);
    expect(bell().getAttribute('aria-label')).toBe('Notifications');
  });
});
