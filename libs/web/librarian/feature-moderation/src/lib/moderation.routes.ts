import type { Route } from '@angular/router';
import { librarianGuard } from '@lukuhaaste/web/data-access';

/** Mounted at `/librarian/moderation`: the queue, and the audit log beneath it. Texts are in the root files (`moderation.*`). */
export const MODERATION_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [librarianGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'moderation.queue.title',
        loadComponent: () => import('./queue/moderation-queue-page.component').then((m) => m.ModerationQueuePage),
      },
      {
        path: 'log',
        title: 'moderation.log.title',
        loadComponent: () => import('./log/moderation-log-page.component').then((m) => m.ModerationLogPage),
      },
    ],
  },
];
