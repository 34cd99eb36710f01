import { effect, untracked, type ResourceRef } from '@angular/core';
import type { SessionStore } from '@lukuhaaste/web/data-access';
import type { ChallengeView } from './challenge-view.loader';

/**
 * Whenever the view shown belongs to someone other than who is signed in
 * (hydration adopted the server render's anonymous view, or the reader signed
 * in or out), load it again. `reload()` keeps the view on screen while the
 * new one loads, then it is updated in place. Call from an injection context.
 */
export function reloadForViewer(view: ResourceRef<ChallengeView | null | undefined>, session: SessionStore): void {
  effect(() => {
    const shown = view.hasValue() ? view.value() : null;
    if (shown && shown.viewer !== (session.user()?.id ?? null)) untracked(() => view.reload());
  });
}
