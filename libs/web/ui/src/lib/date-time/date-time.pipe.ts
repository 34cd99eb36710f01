import { Pipe, type PipeTransform } from '@angular/core';

/** A moment as readers in Finland expect it (Helsinki time), in the page's language: `{{ at | lhDateTime: locale() }}`. */
@Pipe({ name: 'lhDateTime' })
export class DateTimePipe implements PipeTransform {
  transform(value: string | null | undefined, locale: string, style: 'dateTime' | 'date' = 'dateTime'): string {
    if (!value) return '';
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(style === 'dateTime' ? { timeStyle: 'short' } : {}),
      timeZone: 'Europe/Helsinki',
    }).format(new Date(value));
  }
}
