import type { Route } from '@angular/router';

// The pages load with their route: the category page loads this library for
// its discussion section alone, and should not bring the pages' code along.

/** Mounted at `/challenges/:slug/threads`: the challenge's threads. */
export const THREAD_LIST_ROUTES: Route[] = [
  {
    path: '',
    loadComponent: () => import('./thread-list/thread-list-page.component').then((m) => m.ThreadListPage),
    title: 'discussion.list.title',
  },
];

/** Mounted at `/threads`: one thread by id (`?comment=<id>` opens at that comment). */
export const THREAD_ROUTES: Route[] = [
  {
    path: ':id',
    loadComponent: () => import('./thread/thread-page.component').then((m) => m.ThreadPage),
    title: 'discussion.thread.title',
  },
];
