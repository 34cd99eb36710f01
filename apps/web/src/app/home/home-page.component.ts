import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '@lukuhaaste/web/data-access';

/** What the service is; the current challenge and progress arrive with the challenges feature. */
@Component({
  selector: 'lh-home-page',
  imports: [RouterLink, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="lh-home">
      <h1>{{ 'home.title' | transloco }}</h1>
      @if (session.user(); as user) {
        <p class="lh-home__greeting">{{ 'home.welcomeBack' | transloco: { name: user.displayName } }}</p>
      }
      <p>{{ 'home.intro' | transloco }}</p>
      <p>{{ 'home.discover' | transloco }}</p>
      <p class="lh-home__soon">{{ 'home.comingSoon' | transloco }}</p>
      @if (!session.isLoggedIn()) {
        <a mat-flat-button routerLink="/register">{{ 'home.join' | transloco }}</a>
      }
    </article>
  `,
  styles: `
    .lh-home {
      max-width: 40rem;
    }
    .lh-home__greeting {
      font: var(--mat-sys-title-medium);
    }
    .lh-home__soon {
      padding: 1rem;
      border-inline-start: 4px solid var(--mat-sys-tertiary);
      background: var(--mat-sys-surface-container);
      border-radius: var(--mat-sys-corner-small);
    }
  `,
})
export class HomePage {
  protected readonly session = inject(SessionStore);
}
