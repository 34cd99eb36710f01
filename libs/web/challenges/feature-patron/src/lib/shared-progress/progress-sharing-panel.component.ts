import { Clipboard } from '@angular/cdk/clipboard';
import { PlatformLocation } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import { ProgressSharingApi, type ProgressSharing } from '@lukuhaaste/web/data-access/reading';
import { apiErrorMessage, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';

type Status = { kind: 'error' | 'success'; message: AlertMessage } | null;

/**
 * "Share my progress publicly" for one joined challenge: the opt-in with what
 * it shows, then the public link with a copy button, the card's preview and
 * the way back (switching it off retires the link).
 */
@Component({
  selector: 'lh-progress-sharing-panel',
  imports: [MatButtonModule, MatSlideToggleModule, TranslocoPipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-sharing-panel.component.html',
  styleUrl: './progress-sharing-panel.component.scss',
})
export class ProgressSharingPanel {
  readonly challengeId = input.required<string>();

  private readonly api = inject(ProgressSharingApi);
  private readonly clipboard = inject(Clipboard);
  private readonly location = inject(PlatformLocation);
  private readonly locale = inject(LanguageStore).locale;

  protected readonly busy = signal(false);
  protected readonly status = signal<Status>(null);
  protected readonly sharing = resource({
    params: () => ({ challengeId: this.challengeId() }),
    loader: ({ params }) => this.api.mine(params.challengeId),
  });

  /** The public page as a full link, and its card in the reader's language. */
  protected readonly shared = computed(() => {
    const path = this.sharing.hasValue() ? this.sharing.value()?.path : null;
    if (!path) return null;
    return { url: new URL(path, this.location.href).href, preview: `${path}.svg?lang=${this.locale()}` };
  });

  protected async toggle(change: MatSlideToggleChange): Promise<void> {
    this.busy.set(true);
    this.status.set(null);
    try {
      const sharing: ProgressSharing = await this.api.set(this.challengeId(), change.checked);
      this.sharing.set(sharing);
      this.status.set({ kind: 'success', message: { key: sharing.enabled ? 'share.enabled' : 'share.disabled' } });
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
