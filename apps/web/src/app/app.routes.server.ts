import { RenderMode, type ServerRoute } from '@angular/ssr';

/**
 * Public pages render on the server for every request (challenges and
 * categories change when librarians publish, and link previews need their
 * titles without JavaScript); everything else, including a patron's own and
 * the librarian pages, is the client-rendered shell.
 */
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Server },
  { path: 'challenges', renderMode: RenderMode.Server },
  { path: 'challenges/:slug', renderMode: RenderMode.Server },
  { path: 'challenges/:slug/threads', renderMode: RenderMode.Client },
  { path: 'challenges/:slug/suggestions', renderMode: RenderMode.Client },
  { path: 'challenges/:slug/print', renderMode: RenderMode.Server },
  { path: 'challenges/:slug/:position', renderMode: RenderMode.Server },
  // A patron's public progress page: its link preview (og:image) must be in the HTML.
  { path: 'p/:slug/:year', renderMode: RenderMode.Server },
  { path: '**', renderMode: RenderMode.Client },
];
