import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';
import {
  CategoryThreadDocument,
  StartThreadDocument,
  ThreadChallengeDocument,
  ThreadDocument,
  ThreadEventsDocument,
  ThreadsDocument,
  type StartThreadInput,
  type ThreadChallengeQuery,
  type ThreadEventsSubscription,
  type ThreadFieldsFragment,
  type ThreadKind,
  type ThreadsQuery,
} from '../../generated/discussion';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type Thread = ThreadFieldsFragment;
export type ThreadsPage = ThreadsQuery['threads'];
export type ThreadChallenge = ThreadChallengeQuery['challenge'];
export type ThreadEvent = ThreadEventsSubscription['threadEvents'];
/** Narrows a thread list: one kind only, and/or only threads with at least one comment. */
export interface ThreadsFilter {
  kind?: ThreadKind | null;
  withComments?: boolean;
}

/** Discussion threads of a challenge and their live events. Reading is public; rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class ThreadsApi {
  private readonly client = inject(GraphqlClient);

  /** Pinned threads first, then by last activity. */
  async threads(
    challengeId: string,
    first: number,
    after?: string | null,
    filter: ThreadsFilter = {},
  ): Promise<ThreadsPage> {
    const { threads } = await this.client.query(ThreadsDocument, {
      challengeId,
      first,
      after: after ?? null,
      kind: filter.kind ?? null,
      withComments: filter.withComments ?? null,
    });
    return threads;
  }

  async thread(id: string): Promise<Thread> {
    const { thread } = await this.client.query(ThreadDocument, { id });
    return thread;
  }

  /** Every category has exactly one thread, created with the category. */
  async categoryThread(categoryId: string): Promise<Thread> {
    const { categoryThread } = await this.client.query(CategoryThreadDocument, { categoryId });
    return categoryThread;
  }

  /** A challenge's id, slug and title, for the thread list and for links back from a thread. */
  async challenge(by: { id: string } | { slug: string }): Promise<ThreadChallenge> {
    const { challenge } = await this.client.query(ThreadChallengeDocument, by);
    return challenge;
  }

  /** Starts a general thread; `body` becomes its first comment. */
  async start(input: StartThreadInput): Promise<Thread> {
    const { startThread } = await this.client.mutate(StartThreadDocument, { input });
    return startThread;
  }

  /** New, edited, deleted, hidden comments, reaction counts and lock changes, each loaded for this viewer. */
  events(threadId: string): Observable<ThreadEvent> {
    return this.client.subscribe(ThreadEventsDocument, { threadId }).pipe(map((data) => data.threadEvents));
  }
}
