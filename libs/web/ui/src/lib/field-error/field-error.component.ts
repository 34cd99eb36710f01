import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FieldError } from '@lukuhaaste/shared/util-rules';

/** The message for one field problem, the same whether the browser or the API found it. */
@Component({
  selector: 'lh-field-error',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (error(); as error) {
    {{ 'fieldErrors.' + error.code | transloco: error.params }}
  }`,
})
export class FieldErrorMessage {
  readonly error = input<Pick<FieldError, 'code' | 'params'> | null | undefined>(null);
}
