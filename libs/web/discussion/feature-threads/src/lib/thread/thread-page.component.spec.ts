import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { ApiError, SessionStore, type SessionUser } from '@lukuhaaste/web/data-access';
import { CommentsApi, ThreadsApi } from '@lukuhaaste/web/data-access/discussion';
import { ModerationApi } from '@lukuhaaste/web/data-access/moderation';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { of } from 'rxjs';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import {
  aComment,
  anEvent,
  aPage,
  aReply,
  aThread,
  fakeDiscussionApis,
  fakeSession,
  librarian,
  maija,
  other,
} from '../../testing-fixtures';
import { ThreadPage } from './thread-page.component';

const sleep = () => new Promise((resolve) => setTimeout(resolve));

describe(ThreadPage.name, () => {
  async function render(
    options: {
      user?: SessionUser | null;
      page?: ReturnType<typeof aPage>;
      thread?: ReturnType<typeof aThread>;
      around?: string;
    } = {},
  ) {
    const apis = fakeDiscussionApis(options.thread ?? aThread(), options.page ?? aPage([aComment('c1')]));
    const dialog = { open: jest.fn(() => ({ afterClosed: () => of(true) })) };
    const moderation = { report: jest.fn(), moderateThread: jest.fn(), moderateComment: jest.fn() };
    TestBed.configureTestingModule({
      imports: [ThreadPage, translocoTesting()],
      providers: [
        provideRouter([]),
        { provide: ThreadsApi, useValue: apis.threads },
        { provide: CommentsApi, useValue: apis.comments },
        { provide: SessionStore, useValue: fakeSession(options.user === undefined ? maija : options.user) },
        { provide: LanguageStore, useValue: { locale: signal('en') } },
        { provide: MatDialog, useValue: dialog },
        { provide: ModerationApi, useValue: moderation },
      ],
    });
    const fixture = TestBed.createComponent(ThreadPage);
    fixture.componentRef.setInput('id', 't1');
    if (options.around) fixture.componentRef.setInput('comment', options.around);
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      for (let i = 0; i < 4; i++) {
        await sleep();
        fixture.detectChanges();
      }
    };
    await settle();
    const texts = (selector: string) =>
      [...element.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
    const button = (name: string, root: ParentNode = element) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name) as
        HTMLButtonElement | undefined;
    return { ...apis, dialog, moderation, fixture, element, settle, texts, button };
  }

  it('shows the category thread with its comments oldest first and replies nested under them', async () => {
    const page = aPage([aComment('c1', { replies: [aReply('r1', 'c1')], replyCount: 1 }), aComment('c2')]);
    const { element, texts, comments } = await render({ page });

    expect(comments.page).toHaveBeenCalledWith('t1', { last: 20 });
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('12. An animal in the title');
    expect(texts('.lh-thread__list > li > lh-comment-item > article > lh-comment-body')).toEqual([
      'Comment c1',
      'Comment c2',
    ]);
    expect(texts('.lh-comment__replies lh-comment-body')).toEqual(['Reply r1']);
  });

  it('keeps new comments by others behind a polite "new comments" button, and shows them on click', async () => {
    const { element, events, settle, texts, button } = await render();
    const live = element.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live.textContent?.trim()).toBe('');

    events.next(anEvent('COMMENT_ADDED', aComment('c2', { author: other })));
    events.next(anEvent('COMMENT_ADDED', aReply('r1', 'c1')));
    await settle();

    expect(texts('.lh-thread__list lh-comment-body')).toEqual(['Comment c1']);
    expect(live.textContent?.trim()).toBe('Show new comments (2)');

    button('Show new comments (2)', live)?.click();
    await settle();
    expect(texts('.lh-thread__list lh-comment-body')).toEqual(['Comment c1', 'Reply r1', 'Comment c2']);
    expect(live.textContent?.trim()).toBe('');
  });

  it('shows my own comments at once, from my post and from the live event alike', async () => {
    const { element, comments, events, settle, texts } = await render();
    const mine = aComment('c2', { author: { id: maija.id, displayName: maija.displayName } });
    comments.post.mockResolvedValue(mine);

    const textarea = element.querySelector('.lh-thread__write textarea') as HTMLTextAreaElement;
    textarea.value = 'Luin tämän!';
    textarea.dispatchEvent(new Event('input'));
    (element.querySelector('.lh-thread__write button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    events.next(anEvent('COMMENT_ADDED', mine));
    events.next(anEvent('COMMENT_ADDED', aComment('c3', { author: { id: maija.id, displayName: maija.displayName } })));
    await settle();

    expect(comments.post).toHaveBeenCalledWith({
      threadId: 't1',
      parentId: null,
      body: 'Luin tämän!',
      containsSpoilers: false,
    });
    expect(texts('.lh-thread__list lh-comment-body')).toEqual(['Comment c1', 'Comment c2', 'Comment c3']);
    expect(textarea.value).toBe('');
  });

  it('updates edited, deleted and hidden comments and reaction counts in place', async () => {
    const { events, settle, texts, element } = await render({
      page: aPage([aComment('c1'), aComment('c2'), aComment('c3')]),
    });

    events.next(
      anEvent('COMMENT_EDITED', aComment('c1', { bodyHtml: '<p>Korjattu</p>', editedAt: '2026-11-21T08:00:00Z' })),
    );
    events.next(
      anEvent('COMMENT_DELETED', aComment('c2', { deletedAt: '2026-11-21T08:00:00Z', bodyHtml: null, author: null })),
    );
    events.next(anEvent('COMMENT_HIDDEN', aComment('c3', { hiddenAt: '2026-11-21T08:00:00Z', bodyHtml: null })));
    events.next(
      anEvent(
        'REACTIONS_CHANGED',
        aComment('c1', {
          bodyHtml: '<p>Korjattu</p>',
          editedAt: '2026-11-21T08:00:00Z',
          reactions: [{ kind: 'LOVE', count: 4, reactedByMe: false }],
        }),
      ),
    );
    await settle();

    expect(texts('.lh-thread__list > li lh-comment-body')).toEqual([
      'Korjattu',
      'This comment was deleted.',
      'A librarian hid this comment.',
    ]);
    expect(texts('.lh-thread__list lh-badge')).toEqual(['edited']);
    const love = element.querySelector('[aria-label="Love, 4"]') as HTMLButtonElement;
    expect(love.getAttribute('aria-pressed')).toBe('false');
  });

  it('toggles a reaction with aria-pressed, reacting or unreacting by what I did before', async () => {
    const { element, comments, settle } = await render();
    comments.react.mockResolvedValue(aComment('c1', { reactions: [{ kind: 'LIKE', count: 1, reactedByMe: true }] }));
    comments.unreact.mockResolvedValue(aComment('c1', { reactions: [] }));

    const like = () => element.querySelector('.lh-reactions button') as HTMLButtonElement;
    expect(like().getAttribute('aria-pressed')).toBe('false');
    like().click();
    await settle();
    expect(comments.react).toHaveBeenCalledWith('c1', 'LIKE');
    expect(like().getAttribute('aria-pressed')).toBe('true');
    expect(like().getAttribute('aria-label')).toBe('Like, 1');

    like().click();
    await settle();
    expect(comments.unreact).toHaveBeenCalledWith('c1', 'LIKE');
    expect(like().getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps a spoiler collapsed behind a button until the reader opens it', async () => {
    const { element, settle, button } = await render({
      page: aPage([aComment('c1', { containsSpoilers: true, bodyHtml: '<p>Hovimestari teki sen</p>' })]),
    });
    const body = element.querySelector('.lh-comment-html') as HTMLElement;
    const show = button('Show spoiler') as HTMLButtonElement;
    expect(body.hidden).toBe(true);
    expect(show.getAttribute('aria-expanded')).toBe('false');

    show.click();
    await settle();
    expect(body.hidden).toBe(false);
    expect(button('Hide spoiler')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows staff the text of a hidden comment with a "Hidden" badge and the reason', async () => {
    const { texts } = await render({
      user: librarian,
      page: aPage([
        aComment('c1', { hiddenAt: '2026-11-21T08:00:00Z', hiddenReason: 'Kiusaamista', bodyHtml: '<p>Ruma sana</p>' }),
      ]),
    });
    expect(texts('.lh-comment-body__hidden-note')).toEqual(['Hidden Kiusaamista']);
    expect(texts('.lh-comment-html')).toEqual(['Ruma sana']);
  });

  it('strips scripts and handlers from comment HTML (Angular sanitizes the API’s HTML again)', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { element } = await render({
      page: aPage([
        aComment('c1', {
          bodyHtml:
            '<p onclick="alert(1)">Hei<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">x</a></p><script>alert(1)</script>',
        }),
      ]),
    });
    const html = element.querySelector('.lh-comment-html') as HTMLElement;
    expect(html.querySelector('script')).toBeNull();
    expect(
      [...html.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()).filter((a) => a.startsWith('on')),
    ).toEqual([]);
    expect(html.querySelector('a')?.getAttribute('href')).not.toMatch(/^javascript:/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('sanitizing'));
    warn.mockRestore();
  });

  it('says why there is no composer: signed out, or a locked thread', async () => {
    const signedOut = await render({ user: null, thread: aThread({ viewerCanPost: false }) });
    expect(signedOut.texts('lh-posting-blocked')).toEqual(['Log in to join the conversation. Log in']);
    expect(signedOut.element.querySelector('.lh-thread__write textarea')).toBeNull();
    expect(signedOut.element.querySelector('.lh-reactions button')).toBeNull();
    TestBed.resetTestingModule();

    const locked = await render({ thread: aThread({ viewerCanPost: false, lockedAt: '2026-11-21T08:00:00Z' }) });
    expect(locked.texts('lh-posting-blocked')).toEqual(['This thread is locked: no new comments.']);
    expect(locked.texts('.lh-thread__meta lh-badge')).toEqual(['Locked']);
  });

  it('opens at a linked comment: loads the page around it and moves focus there', async () => {
    // jsdom does not lay pages out, so it has no scrolling.
    Element.prototype.scrollIntoView = jest.fn();
    const { comments, element } = await render({ around: 'c1' });
    expect(comments.page).toHaveBeenCalledWith('t1', { around: 'c1', first: 20 });
    expect(document.activeElement).toBe(element.querySelector('#comment-c1'));
  });

  it('loads earlier comments before the first shown one', async () => {
    const { comments, settle, texts, button } = await render({
      page: aPage([aComment('c3')], { hasPreviousPage: true, startCursor: 'cur-c3' }),
    });
    comments.page.mockResolvedValue(aPage([aComment('c1'), aComment('c2')]));
    button('Show earlier comments')?.click();
    await settle();
    expect(comments.page).toHaveBeenLastCalledWith('t1', { last: 20, before: 'cur-c3' });
    expect(texts('.lh-thread__list > li > lh-comment-item > article > lh-comment-body')).toEqual([
      'Comment c1',
      'Comment c2',
      'Comment c3',
    ]);
    expect(button('Show earlier comments')).toBeUndefined();
  });

  it('gives librarians the pin and lock controls and shows the thread’s new state', async () => {
    const { moderation, settle, texts, button, element } = await render({ user: librarian });
    moderation.moderateThread.mockResolvedValue({ id: 't1', pinnedAt: '2026-11-25T08:00:00Z', lockedAt: null });
    expect(texts('lh-comment-moderation-menu button')).toEqual(['Hide (comment by Kirjamato)']);

    button('Pin')?.click();
    await settle();
    expect(moderation.moderateThread).toHaveBeenCalledWith({ threadId: 't1', action: 'PIN', reason: null });
    expect(texts('.lh-thread__meta lh-badge')).toEqual(['Pinned']);
    expect(button('Unpin', element)).toBeDefined();
  });

  it('shows no moderation controls to patrons', async () => {
    const { element } = await render();
    expect(element.querySelector('lh-thread-moderation-controls, lh-comment-moderation-menu')).toBeNull();
  });

  it('offers a retry when the thread cannot be loaded', async () => {
    const apis = fakeDiscussionApis();
    apis.threads.thread.mockRejectedValueOnce(new ApiError('NETWORK_ERROR'));
    TestBed.configureTestingModule({
      imports: [ThreadPage, translocoTesting()],
      providers: [
        provideRouter([]),
        { provide: ThreadsApi, useValue: apis.threads },
        { provide: CommentsApi, useValue: apis.comments },
        { provide: SessionStore, useValue: fakeSession(maija) },
        { provide: LanguageStore, useValue: { locale: signal('en') } },
        { provide: ModerationApi, useValue: {} },
      ],
    });
    const fixture = TestBed.createComponent(ThreadPage);
    fixture.componentRef.setInput('id', 't1');
    for (let i = 0; i < 4; i++) {
      await sleep();
      fixture.detectChanges();
    }
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('cannot be reached');
    (element.querySelector('button') as HTMLButtonElement).click();
    for (let i = 0; i < 4; i++) {
      await sleep();
      fixture.detectChanges();
    }
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('12. An animal in the title');
  });
});
