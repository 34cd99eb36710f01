import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import { ReadingApi } from '@lukuhaaste/web/data-access/reading';
import { apiErrorMessage, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';

/** Invites visitors to register or log in (and come back here), and logged-in patrons to join. */
@Component({
  selector: 'lh-join-call',
  imports: [RouterLink, TranslocoPipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'challenge.joinIntro' | transloco }}</p>
    <lh-form-alert [message]="error()" />
    <div class="lh-join-call__actions">
      @if (session.isLoggedIn()) {
        <button class="lh-button lh-button--filled" type="button" [disabled]="busy()" (click)="join()">
          {{ 'challenge.join' | transloco }}
        </button>
      } @else {
        <a class="lh-button lh-button--filled" routerLink="/register" [queryParams]="{ returnUrl: router.url }">{{
          'challenge.register' | transloco
        }}</a>
        <a class="lh-button lh-button--outlined" routerLink="/login" [queryParams]="{ returnUrl: router.url }">{{
          'challenge.login' | transloco
        }}</a>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      padding: 1rem;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    p {
      margin-block-start: 0;
      max-width: 40rem;
    }
    .lh-join-call__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class JoinCall {
  readonly challengeId = input.required<string>();
  readonly joined = output<void>();

  protected readonly session = inject(SessionStore);
  protected readonly router = inject(Router);
  private readonly reading = inject(ReadingApi);
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);

  protected async join(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.reading.join(this.challengeId());
      this.joined.emit();
    } catch (error) {
      this.error.set(apiErrorMessage(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
