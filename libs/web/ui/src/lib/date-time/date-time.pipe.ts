import { Pipe, type PipeTransform } from '@angular/core';
import { dateTimeFormat, type DateTimeStyle } from './date-time-format';

/** A moment as readers in Finland expect it (Helsinki time), in the page's language: `{{ at | lhDateTime: locale() }}`. */
@Pipe({ name: 'lhDateTime' })
export class DateTimePipe implements PipeTransform {
  transform(value: string | null | undefined, locale: string, style: DateTimeStyle = 'dateTime'): string {
    if (!value) return '';
    return dateTimeFormat(locale, style).format(new Date(value));
  }
}
