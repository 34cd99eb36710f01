import { signal } from '@angular/core';
import type { SessionUser } from '@lukuhaaste/web/data-access';
import type { Comment, CommentsPage, Reply, Thread, ThreadEvent } from '@lukuhaaste/web/data-access/discussion';
import { Subject } from 'rxjs';

export const maija = { id: 'u1', displayName: 'Lukutoukka', role: 'PATRON', locale: 'en' } as SessionUser;
export const other = { id: 'u2', displayName: 'Kirjamato' };
export const librarian = { id: 'u9', displayName: 'Kirjastonhoitaja', role: 'LIBRARIAN', locale: 'en' } as SessionUser;

export function aThread(overrides: Partial<Thread> = {}): Thread {
  return {
    id: 't1',
    challengeId: 'c1',
    kind: 'CATEGORY',
    title: null,
    category: {
      id: 'cat12',
      position: 12,
      title: { fi: 'Kirja, jonka nimessä on eläin', sv: null, en: 'An animal in the title' },
    },
    author: null,
    createdAt: '2026-01-01T08:00:00Z',
    lastActivityAt: '2026-11-20T08:00:00Z',
    commentCount: 2,
    pinnedAt: null,
    lockedAt: null,
    viewerCanPost: true,
    ...overrides,
  } as Thread;
}

export function aReply(id: string, parentId: string, overrides: Partial<Reply> = {}): Reply {
  return {
    id,
    threadId: 't1',
    parentId,
    author: other,
    bodyHtml: `<p>Reply ${id}</p>`,
    body: null,
    containsSpoilers: false,
    book: null,
    rating: null,
    createdAt: '2026-11-20T09:00:00Z',
    editedAt: null,
    deletedAt: null,
    hiddenAt: null,
    hiddenReason: null,
    reactions: [],
    viewerCanEdit: false,
    viewerCanDelete: false,
    viewerCanReport: true,
    ...overrides,
  } as Reply;
}

export function aComment(id: string, overrides: Partial<Comment> = {}): Comment {
  return {
    ...aReply(id, ''),
    parentId: null,
    bodyHtml: `<p>Comment ${id}</p>`,
    replyCount: 0,
    replies: [],
    ...overrides,
  } as Comment;
}

export function aPage(comments: Comment[], info: Partial<CommentsPage['pageInfo']> = {}): CommentsPage {
  return {
    totalCount: comments.length,
    edges: comments.map((node) => ({ cursor: `cursor-${node.id}`, node })),
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: 'start', endCursor: 'end', ...info },
  } as CommentsPage;
}

export function anEvent(kind: ThreadEvent['kind'], comment: Comment | Reply | null, thread = aThread()): ThreadEvent {
  return { kind, threadId: thread.id, commentId: comment?.id ?? null, comment, thread } as ThreadEvent;
}

/** Stand-ins for the discussion API: answers set per test, live events pushed through `events`. */
export function fakeDiscussionApis(thread = aThread(), page = aPage([])) {
  const events = new Subject<ThreadEvent>();
  const threads = {
    thread: jest.fn().mockResolvedValue(thread),
    categoryThread: jest.fn().mockResolvedValue(thread),
    challenge: jest
      .fn()
      .mockResolvedValue({ id: 'c1', slug: 'lukuhaaste-2026', title: { fi: 'Lukuhaaste 2026', sv: null, en: null } }),
    threads: jest.fn(),
    start: jest.fn(),
    events: jest.fn(() => events.asObservable()),
  };
  const comments = {
    page: jest.fn().mockResolvedValue(page),
    post: jest.fn(),
    edit: jest.fn(),
    delete: jest.fn(),
    react: jest.fn(),
    unreact: jest.fn(),
    preview: jest.fn(),
    report: jest.fn(),
  };
  return { threads, comments, events };
}

/** A SessionStore stand-in whose user a test can change. */
export function fakeSession(user: SessionUser | null) {
  const current = signal<SessionUser | null>(user);
  return { user: current, isLoggedIn: () => current() !== null, whenReady: () => Promise.resolve() };
}
