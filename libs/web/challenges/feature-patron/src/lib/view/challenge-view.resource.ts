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
    // A server render's (anonymous) view travels in the page: hydration starts from it, without a loading
    // state or a refetch, even for a signed-in reader, whose own view then replaces it in place.
    id: transferId,
    // The reader is not a param: a change of params drops the value shown, so the page would flash
    // a loading state; reloadForViewer reloads instead, which keeps it until the reader's own arrives.
    params: () => ({ slug: slug?.() }),
    loader: ({ params }) => loader.load(params.slug),
  });
  reloadForViewer(view, session);
  return view;
}
