import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import { ProgressSharingApi } from '@lukuhaaste/web/data-access/reading';
import { apiErrorMessage, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { EmptyState } from '@lukuhaaste/web/ui/challenges';
import { ProgressSharingPanel } from './progress-sharing-panel.component';

/**
 * The share card opt-in on the Profile page: what sharing shows, then one
 * panel per joined challenge (newest first), or a way to the challenge when
 * the patron has joined none. The page's section takes its name from the
 * heading (id profile-share).
 */
@Component({
  selector: 'lh-progress-sharing-section',
  imports: [MatButtonModule, RouterLink, TranslocoPipe, FormAlert, EmptyState, ProgressSharingPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="profile-share">{{ 'share.heading' | transloco }}</h2>
    <p id="profile-share-intro">{{ 'share.intro' | transloco }}</p>
    @if (sharings.error(); as error) {
      <lh-form-alert [message]="errorMessage(error)" />
    } @else if (sharings.hasValue()) {
      @for (sharing of sharings.value(); track sharing.challengeId) {
        <lh-progress-sharing-panel [initialSharing]="sharing" describedBy="profile-share-intro" />
      } @empty {
        <lh-empty-state [heading]="'share.noneTitle' | transloco" [level]="3">
          <p>{{ 'share.noneBody' | transloco }}</p>
          <a mat-stroked-button routerLink="/challenges">{{ 'share.toChallenge' | transloco }}</a>
        </lh-empty-state>
      }
    } @else {
      <p role="status">{{ 'share.loading' | transloco }}</p>
    }
  `,
})
export class ProgressSharingSection {
  private readonly api = inject(ProgressSharingApi);

  protected readonly sharings = resource({ loader: () => this.api.mineForJoined() });

  protected errorMessage(error: unknown): AlertMessage {
    return apiErrorMessage(toApiError(error));
  }
}
