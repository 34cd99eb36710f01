import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '@lukuhaaste/web/data-access';
import type { Thread } from '@lukuhaaste/web/data-access/discussion';

/** Why the composer is not there: signed out (with a way to log in), a locked thread, or a suspended account. */
@Component({
  selector: 'lh-posting-blocked',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="lh-posting-blocked">
      @switch (reason()) {
        @case ('signedOut') {
          {{ 'discussion.composer.signedOut' | transloco }}
          <a routerLink="/login" [queryParams]="{ returnUrl: router.url }">{{ 'nav.login' | transloco }}</a>
        }
        @case ('locked') {
          {{ 'discussion.composer.locked' | transloco }}
        }
        @default {
          {{ 'discussion.composer.suspended' | transloco }}
        }
      }
    </p>
  `,
  styles: `
    .lh-posting-blocked {
      margin: 0;
      padding: 0.75rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
      a {
        color: var(--mat-sys-primary);
      }
    }
  `,
})
export class PostingBlocked {
  readonly thread = input.required<Pick<Thread, 'lockedAt'>>();
  protected readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly reason = computed(() => {
    if (!this.session.isLoggedIn()) return 'signedOut';
    return this.thread().lockedAt ? 'locked' : 'suspended';
  });
}
