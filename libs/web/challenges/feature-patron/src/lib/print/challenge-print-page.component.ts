import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  input,
  resource,
  ViewEncapsulation,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LOCALES, pickLocalized } from '@lukuhaaste/shared/util-rules';
import { ChallengesApi } from '@lukuhaaste/web/data-access/reading';
import { FormAlert } from '@lukuhaaste/web/ui';
import { PageMeta } from '@lukuhaaste/web/util-i18n';
import { loadErrorMessage } from '../view/load-error';
import { LANGUAGE_NAMES, PRINT_TEXTS, printLocale } from './print-texts';

/**
 * A challenge's categories as a list to print for the desk and the notice
 * board, in the language of `?lang=` (fi, sv or en): numbered, each with a
 * box to tick and a line to write the book on. Public and server-rendered.
 */
@Component({
  selector: 'lh-challenge-print-page',
  imports: [RouterLink, TranslocoPipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './challenge-print-page.component.html',
  styleUrl: './challenge-print-page.component.scss',
  // The print rules hide the app's own header around the sheet; its selectors all name the sheet.
  encapsulation: ViewEncapsulation.None,
})
export class ChallengePrintPage {
  /** Route parameter. */
  readonly slug = input.required<string>();
  /** Query parameter: the sheet's language. */
  readonly lang = input<string>();

  private readonly challenges = inject(ChallengesApi);
  private readonly document = inject(DOCUMENT);
  protected readonly locale = computed(() => printLocale(this.lang()));
  protected readonly text = computed(() => PRINT_TEXTS[this.locale()]);
  protected readonly errorMessage = loadErrorMessage;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly otherLocales = computed(() => LOCALES.filter((locale) => locale !== this.locale()));

  protected readonly challenge = resource({
    // The server render's challenge travels in the page, so hydration does not fetch it again.
    id: 'challenge-print',
    params: () => ({ slug: this.slug() }),
    loader: ({ params }) => this.challenges.bySlug(params.slug),
  });

  protected readonly sheet = computed(() => {
    const challenge = this.challenge.hasValue() ? this.challenge.value() : null;
    if (!challenge) return null;
    const locale = this.locale();
    return {
      title: pickLocalized(challenge.title, locale),
      categories: challenge.categories.map((category) => ({
        id: category.id,
        position: category.position,
        title: pickLocalized(category.title, locale),
      })),
    };
  });

  constructor() {
    inject(PageMeta).describe(() => {
      const sheet = this.sheet();
      return sheet ? { title: sheet.title, description: this.text().instructions } : null;
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
