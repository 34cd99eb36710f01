import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { LOCALES, type Locale } from '@lukuhaaste/shared/util-rules';
import { FieldErrorMessage, fieldProblem } from '@lukuhaaste/web/ui';
import { TranslationMissingBadge } from './translation-missing-badge.component';
import type { LocalizedTextForm } from '../shared/localized-text-form';

/**
 * One text in Finnish, Swedish and English side by side (stacked on narrow
 * screens). Each field's label names its language, e.g. "Category 3 title
 * (Swedish)", so it is unambiguous out of visual context too.
 */
@Component({
  selector: 'lh-localized-text-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FieldErrorMessage,
    TranslationMissingBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lh-ltf" [formGroup]="form()">
      @for (locale of locales; track locale) {
        @let control = form().controls[locale];
        @let language = 'librarian.languages.' + locale | transloco;
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="lh-ltf__field">
          <mat-label>{{ labelKey() | transloco: labelParams(language) }}</mat-label>
          @if (multiline()) {
            <textarea
              matInput
              [id]="idPrefix() + '-' + locale"
              [formControlName]="locale"
              [attr.lang]="locale"
              rows="3"
            ></textarea>
          } @else {
            <input
              matInput
              [id]="idPrefix() + '-' + locale"
              [formControlName]="locale"
              [attr.lang]="locale"
              [required]="locale === 'fi' && required()"
            />
          }
          @if (isMissing(locale)) {
            <mat-hint><lh-translation-missing-badge /></mat-hint>
          }
          <mat-error><lh-field-error [error]="problem(control)" /></mat-error>
        </mat-form-field>
      }
    </div>
  `,
  styles: `
    .lh-ltf {
      display: grid;
      gap: 0.5rem 1rem;
      grid-template-columns: 1fr;
    }
    @media (min-width: 960px) {
      .lh-ltf {
        grid-template-columns: repeat(3, minmax(0, 1fr));
      }
    }
  `,
})
export class LocalizedTextFields {
  readonly form = input.required<LocalizedTextForm>();
  /** Translation key of each field's label; gets `language` plus `params`. */
  readonly labelKey = input.required<string>();
  readonly params = input<Record<string, unknown>>({});
  readonly idPrefix = input.required<string>();
  readonly multiline = input(false);
  readonly required = input(false);
  /** Flag blank translations only where a Finnish text exists to translate (or is required). */
  readonly flagMissing = input(true);

  protected readonly locales = LOCALES;
  protected readonly problem = fieldProblem;

  protected labelParams(language: string): Record<string, unknown> {
    return { ...this.params(), language };
  }

  protected isMissing(locale: Locale): boolean {
    if (locale === 'fi' || !this.flagMissing()) return false;
    const value = this.form().controls;
    return (this.required() || value.fi.value.trim() !== '') && value[locale].value.trim() === '';
  }
}
