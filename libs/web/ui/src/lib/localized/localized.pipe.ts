import { Pipe, type PipeTransform } from '@angular/core';
import { pickLocalized, type Locale, type LocalizedText } from '@lukuhaaste/shared/util-rules';

/**
 * Librarian-written text in the given language, falling back to Finnish.
 * Pure: pass the active locale (`text | lhLocalized: locale()`) so a language switch re-renders.
 */
@Pipe({ name: 'lhLocalized' })
export class LocalizedPipe implements PipeTransform {
  transform(text: LocalizedText | null | undefined, locale: Locale): string {
    return text ? pickLocalized(text, locale) : '';
  }
}
