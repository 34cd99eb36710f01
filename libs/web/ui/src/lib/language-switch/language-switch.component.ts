import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LOCALES, isLocale, type Locale } from '@lukuhaaste/shared/util-rules';
import { LANGUAGE_NAMES } from './language-names';

let nextId = 0;

/**
 * A native select: on phones it opens the system picker, and it needs no
 * overlay code in the initial bundle.
 */
@Component({
  selector: 'lh-language-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="id">{{ 'language.label' | transloco }}</label>
    <select [id]="id" [value]="value()" (change)="select($event)">
      @for (locale of locales; track locale) {
        <option [value]="locale" [attr.lang]="locale" [selected]="locale === value()">{{ names[locale] }}</option>
      }
    </select>
  `,
  styleUrl: './language-switch.component.scss',
})
export class LanguageSwitch {
  readonly value = input.required<Locale>();
  readonly languageChange = output<Locale>();

  protected readonly id = `lh-language-switch-${nextId++}`;
  protected readonly locales = LOCALES;
  protected readonly names = LANGUAGE_NAMES;

  protected select(event: Event): void {
    const locale = (event.target as HTMLSelectElement).value;
    if (isLocale(locale) && locale !== this.value()) this.languageChange.emit(locale);
  }
}
