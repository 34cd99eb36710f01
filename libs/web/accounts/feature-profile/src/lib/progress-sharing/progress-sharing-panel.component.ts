import { Clipboard } from '@angular/cdk/clipboard';
import { PlatformLocation } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import { ProgressSharingApi, type ChallengeSharing } from '@lukuhaaste/web/data-access/reading';
import { apiErrorMessage, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';

type Status = { kind: 'error' | 'success'; message: AlertMessage } | null;

/**
 * "Share my progress publicly" for one joined challenge: the opt-in, then the
 * public link with a copy button, the card's preview and the way back
 * (switching it off retires the link). What sharing shows is explained once
 * above the panels (`describedBy`); the switch is also described by the
 * challenge's name, as every panel's switch has the same label.
 */
@Component({
  selector: 'lh-progress-sharing-panel',
  imports: [MatButtonModule, MatSlideToggleModule, TranslocoPipe, FormAlert, LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-sharing-panel.component.html',
  styleUrl: './progress-sharing-panel.component.scss',
})
export class ProgressSharingPanel {
  /** The choice as loaded with the page. */
  readonly initialSharing = input.required<ChallengeSharing>();
  /** Id of the explanation the switch refers to. */
  readonly describedBy = input.required<string>();

  private readonly api = inject(ProgressSharingApi);
  private readonly clipboard = inject(Clipboard);
  private readonly location = inject(PlatformLocation);
  protected readonly locale = inject(LanguageStore).locale;

  protected readonly busy = signal(false);
  protected readonly status = signal<Status>(null);
  /** The choice as last answered by the API. */
  protected readonly sharing = linkedSignal(() => this.initialSharing());
  protected readonly ids = computed(() => {
    const id = this.initialSharing().challengeId;
    return { heading: `lh-sharing-${id}`, url: `lh-sharing-url-${id}` };
  });

  /** The public page as a full link, and its card in the reader's language. */
  protected readonly shared = computed(() => {
    const path = this.sharing().path;
    if (!path) return null;
    return { url: new URL(path, this.location.href).href, preview: `${path}.svg?lang=${this.locale()}` };
  });

  protected async toggle(change: MatSlideToggleChange): Promise<void> {
    this.busy.set(true);
    this.status.set(null);
    try {
      const { enabled, path } = await this.api.set(this.sharing().challengeId, change.checked);
      this.sharing.update((sharing) => ({ ...sharing, enabled, path }));
      this.status.set({ kind: 'success', message: { key: enabled ? 'share.enabled' : 'share.disabled' } });
    } catch (error) {
      change.source.checked = !change.checked;
      this.status.set({ kind: 'error', message: apiErrorMessage(toApiError(error)) });
    } finally {
      this.busy.set(false);
    }
  }

  protected copy(url: string): void {
    const copied = this.clipboard.copy(url);
    this.status.set(
      copied
        ? { kind: 'success', message: { key: 'share.copied' } }
        : { kind: 'error', message: { key: 'share.copyFailed' } },
    );
  }
}
