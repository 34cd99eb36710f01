import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LOCALES, isLocale, type Locale } from '@lukuhaaste/shared/util-rules';
import { keepInputMadeBeforeHydration } from '../hydration/keep-input-before-hydration';
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
        <!-- The attribute too: a server-rendered page shows the right language before it wakes up. -->
        <option
          [value]="locale"
          [attr.lang]="locale"
          [selected]="locale === value()"
          [attr.selected]="locale === value() ? '' : null"
        >
          {{ names[locale] }}
        </option>
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

  constructor() {
    keepInputMadeBeforeHydration('select', (locale) => this.choose(locale));
  }

  protected select(event: Event): void {
    this.choose((event.target as HTMLSelectElement).value);
  }

  private choose(locale: string): void {
    if (isLocale(locale) && locale !== this.value()) this.languageChange.emit(locale);
  }
}
