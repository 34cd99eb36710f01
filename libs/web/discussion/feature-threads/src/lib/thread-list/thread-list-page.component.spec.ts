import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApiError, SessionStore, type SessionUser } from '@lukuhaaste/web/data-access';
import { CommentsApi, ThreadsApi, type Thread } from '@lukuhaaste/web/data-access/discussion';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aThread, fakeDiscussionApis, fakeSession, maija } from '../../testing-fixtures';
import { ThreadListPage } from './thread-list-page.component';

const sleep = () => new Promise((resolve) => setTimeout(resolve));

function aThreadsPage(threads: Thread[], endCursor: string | null = null) {
  return {
    totalCount: threads.length,
    edges: threads.map((node) => ({ cursor: node.id, node })),
    pageInfo: { hasNextPage: endCursor !== null, endCursor },
  };
}

describe(ThreadListPage.name, () => {
  async function render(user: SessionUser | null, first: ReturnType<typeof aThreadsPage> | Error, show?: string) {
    const apis = fakeDiscussionApis();
    if (first instanceof Error) apis.threads.threads.mockRejectedValueOnce(first);
    else apis.threads.threads.mockResolvedValueOnce(first);
    TestBed.configureTestingModule({
      imports: [ThreadListPage, translocoTesting()],
      providers: [
        provideRouter([]),
        { provide: ThreadsApi, useValue: apis.threads },
        { provide: CommentsApi, useValue: apis.comments },
        { provide: SessionStore, useValue: fakeSession(user) },
        { provide: LanguageStore, useValue: { locale: signal('en') } },
      ],
    });
    const fixture = TestBed.createComponent(ThreadListPage);
    fixture.componentRef.setInput('slug', 'lukuhaaste-2026');
    if (show) fixture.componentRef.setInput('show', show);
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
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    return { ...apis, fixture, element, settle, texts, button };
  }

  it('lists threads as the API orders them, with pinned and category labels, and loads more', async () => {
    const pinned = aThread({
      id: 't2',
      kind: 'GENERAL',
      category: null,
      title: 'Vinkkejä kohtaan 23?',
      pinnedAt: '2026-11-01T08:00:00Z',
    });
    const { threads, texts, button, settle } = await render(null, aThreadsPage([pinned, aThread()], 't1'));
    expect(threads.threads).toHaveBeenCalledWith('c1', 20, null, { withComments: true });
    expect(texts('.lh-threads__link')).toEqual(['Vinkkejä kohtaan 23?', '12. An animal in the title']);
    expect(texts('.lh-threads__item lh-badge')).toEqual(['Pinned', 'Category thread']);
    expect(button('Start a thread')).toBeUndefined();

    threads.threads.mockResolvedValueOnce(
      aThreadsPage([aThread({ id: 't3', category: null, kind: 'GENERAL', title: 'Kolmas' })]),
    );
    button('Show more threads').click();
    await settle();
    expect(threads.threads).toHaveBeenLastCalledWith('c1', 20, 't1', { withComments: true });
    expect(texts('.lh-threads__link')).toHaveLength(3);
    expect(button('Show more threads')).toBeUndefined();
  });

  it('says when no one has written in any thread yet', async () => {
    const { texts } = await render(maija, aThreadsPage([]));
    expect(texts('lh-empty-state h2, lh-empty-state p')).toEqual([
      'No conversations yet',
      "No one has written in this challenge's threads yet. Start a thread, or tell others what you read on a category's page.",
    ]);
  });

  it('switches views from a labelled radio group, by click or arrow keys, each with its own empty state, and keeps the view in the URL', async () => {
    const { element, threads, settle, texts } = await render(null, aThreadsPage([aThread()]));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const group = element.querySelector('mat-button-toggle-group') as HTMLElement;
    expect(group.getAttribute('role')).toBe('radiogroup');
    expect(group.getAttribute('aria-label')).toBe('Threads to show');
    const options = () => [...group.querySelectorAll('button')];
    expect(options().map((b) => [b.textContent?.trim(), b.getAttribute('aria-checked')])).toEqual([
      ['Active', 'true'],
      ['General', 'false'],
      ['Categories', 'false'],
    ]);

    threads.threads.mockResolvedValueOnce(aThreadsPage([]));
    options()[1].click();
    await settle();
    expect(threads.threads).toHaveBeenLastCalledWith('c1', 20, null, { kind: 'GENERAL' });
    expect(navigate).toHaveBeenLastCalledWith([], {
      queryParams: { show: 'general' },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
    expect(texts('lh-empty-state h2, lh-empty-state p')).toEqual([
      'No general threads yet',
      'Start the first conversation about this challenge.',
    ]);

    threads.threads.mockResolvedValueOnce(aThreadsPage([aThread()]));
    options()[1].dispatchEvent(new KeyboardEvent('keydown', { keyCode: 39, bubbles: true }));
    await settle();
    expect(threads.threads).toHaveBeenLastCalledWith('c1', 20, null, { kind: 'CATEGORY' });
    expect(options()[2].getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(options()[2]);
    expect(texts('.lh-threads__link')).toEqual(['12. An animal in the title']);

    options()[0].click();
    await settle();
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { show: null } }));
  });

  it('opens the view named in the URL, and shows only the answer for the view chosen last', async () => {
    let answerSlowly: (page: ReturnType<typeof aThreadsPage>) => void = () => undefined;
    const slow = new Promise<ReturnType<typeof aThreadsPage>>((resolve) => (answerSlowly = resolve));
    const { element, threads, settle, texts, fixture } = await render(null, aThreadsPage([]), 'category');
    expect(threads.threads).toHaveBeenCalledWith('c1', 20, null, { kind: 'CATEGORY' });
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    threads.threads.mockReturnValueOnce(slow);
    threads.threads.mockResolvedValueOnce(
      aThreadsPage([aThread({ id: 't5', kind: 'GENERAL', category: null, title: 'Uusin' })]),
    );
    const options = [...element.querySelectorAll('mat-button-toggle-group button')] as HTMLButtonElement[];
    options[0].click();
    fixture.detectChanges();
    options[1].click();
    await settle();
    answerSlowly(aThreadsPage([aThread()]));
    await settle();
    expect(texts('.lh-threads__link')).toEqual(['Uusin']);
  });

  it('offers a retry when the list cannot be loaded', async () => {
    const { element, threads, button, settle, texts } = await render(null, new ApiError('NETWORK_ERROR'));
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('cannot be reached');
    threads.threads.mockResolvedValueOnce(aThreadsPage([aThread()]));
    button('Try again').click();
    await settle();
    expect(texts('.lh-threads__link')).toEqual(['12. An animal in the title']);
  });

  it('starts a thread with a title and a first comment and opens it', async () => {
    const { element, threads, button, settle } = await render(maija, aThreadsPage([]));
    threads.start.mockResolvedValue(aThread({ id: 't9' }));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    button('Start a thread').click();
    await settle();
    const title = element.querySelector('input[name="title"]') as HTMLInputElement;
    title.value = 'Mitä luette jouluna?';
    title.dispatchEvent(new Event('input'));
    const body = element.querySelector('textarea') as HTMLTextAreaElement;
    body.value = 'Kertokaa vinkit!';
    body.dispatchEvent(new Event('input'));
    button('Start thread').click();
    await settle();
    expect(threads.start).toHaveBeenCalledWith({
      challengeId: 'c1',
      title: 'Mitä luette jouluna?',
      body: 'Kertokaa vinkit!',
      containsSpoilers: false,
    });
    expect(navigate).toHaveBeenCalledWith(['/threads', 't9']);
  });
});
