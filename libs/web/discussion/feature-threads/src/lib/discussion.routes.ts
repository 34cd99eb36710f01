import type { Route } from '@angular/router';
import { ThreadListPage } from './thread-list/thread-list-page.component';
import { ThreadPage } from './thread/thread-page.component';

/** Mounted at `/challenges/:slug/threads`: the challenge's threads. */
export const THREAD_LIST_ROUTES: Route[] = [{ path: '', component: ThreadListPage, title: 'discussion.list.title' }];

/** Mounted at `/threads`: one thread by id (`?comment=<id>` opens at that comment). */
export const THREAD_ROUTES: Route[] = [{ path: ':id', component: ThreadPage, title: 'discussion.thread.title' }];
