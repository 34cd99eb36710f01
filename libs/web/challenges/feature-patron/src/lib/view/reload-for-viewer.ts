import { effect, untracked, type ResourceRef } from '@angular/core';
import type { SessionStore } from '@lukuhaaste/web/data-access';
import type { ChallengeView } from './challenge-view.loader';

/**
 * Hydration may adopt the server render's anonymous view even when the session
 * check finishes first, since a resource's transfer id ignores its params.
 * Whenever the view shown belongs to someone other than who is signed in,
 * load it again. Call from an injection context.
 */
export function reloadForViewer(view: ResourceRef<ChallengeView | null | undefined>, session: SessionStore): void {
  effect(() => {
    const shown = view.hasValue() ? view.value() : null;
    if (shown && shown.viewer !== (session.user()?.id ?? null)) untracked(() => view.reload());
  });
}
