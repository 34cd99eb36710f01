import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { pickLocalized } from '@lukuhaaste/shared/util-rules';
import { ProgressSharingApi } from '@lukuhaaste/web/data-access/reading';
import { ProgressRing } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore, PageMeta } from '@lukuhaaste/web/util-i18n';
import { shareCardImage } from './share-card-image';

/**
 * A patron's public progress page, `/p/:slug/:year`: rendered on the server
 * for link previews (the card PNG is the preview image). Shows only what the
 * API shares; an unknown, revoked or deleted address is one friendly state.
 */
@Component({
  selector: 'lh-shared-progress-page',
  imports: [MatButtonModule, RouterLink, TranslocoPipe, ProgressRing],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shared-progress-page.component.html',
  styleUrl: './shared-progress-page.component.scss',
})
export class SharedProgressPage {
  /** Route parameters. */
  readonly slug = input.required<string>();
  readonly year = input.required<string>();

  private readonly api = inject(ProgressSharingApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(LanguageStore).locale;

  protected readonly shared = resource({
    // The same for every visitor, so the server render's answer travels in the page.
    id: 'shared-progress',
    params: () => ({ slug: this.slug(), year: Number(this.year()) }),
    loader: ({ params }) => this.api.shared(params.slug, params.year),
  });

  /** The shared view in the reader's language, with the texts the page and its preview share. */
  protected readonly page = computed(() => {
    if (!this.shared.hasValue()) return null;
    const shared = this.shared.value();
    const locale = this.locale();
    const words = {
      name: shared.displayName,
      filled: shared.filledCount,
      total: shared.categoryCount,
      challenge: pickLocalized(shared.challengeTitle, locale),
    };
    return {
      shared,
      words,
      branch: shared.homeBranchName && pickLocalized(shared.homeBranchName, locale),
      image: shareCardImage(this.slug(), shared.year, locale, this.transloco.translate('share.imageAlt', words)),
    };
  });

  constructor() {
    inject(PageMeta).describe(() => {
      const page = this.page();
      if (!page) return null;
      return {
        title: this.transloco.translate('share.pageTitle', page.words),
        description: this.transloco.translate('share.description', page.words),
        image: page.image,
      };
    });
  }
}
