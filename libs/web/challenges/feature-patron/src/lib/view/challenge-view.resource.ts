import { inject, resource, type ResourceRef } from '@angular/core';
import { SessionStore } from '@lukuhaaste/web/data-access';
import { ChallengeViewLoader, type ChallengeView } from './challenge-view.loader';
import { reloadForViewer } from './reload-for-viewer';

/**
 * What a patron page shows about one challenge (the one with `slug`, or the
 * current one without it), reloaded when the signed-in reader changes.
 * `transferId` names the server render's view in the page. Call from an
 * injection context.
 */
export function challengeViewResource(
  transferId: string,
  slug?: () => string,
): ResourceRef<ChallengeView | null | undefined> {
  const loader = inject(ChallengeViewLoader);
  const session = inject(SessionStore);
  const view = resource({
    // A server render's (anonymous) view travels in the page: while no one is known to be logged in,
    // hydration starts from it, without a loading state or a refetch.
    id: session.isLoggedIn() ? undefined : transferId,
    params: () => ({ slug: slug?.(), user: session.user()?.id ?? null }),
    loader: ({ params }) => loader.load(params.slug),
  });
  reloadForViewer(view, session);
  return view;
}
