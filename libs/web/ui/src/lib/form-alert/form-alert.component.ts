import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

export interface AlertMessage {
  /** Translation key, e.g. `errors.network`. */
  key: string;
  params?: Record<string, unknown>;
}

/**
 * A message about the whole form. Errors are announced at once (role=alert);
 * confirmations politely (role=status). The live region stays in the DOM so
 * screen readers notice when text appears in it.
 */
@Component({
  selector: 'lh-form-alert',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      [attr.role]="kind() === 'error' ? 'alert' : 'status'"
      [class]="'lh-form-alert lh-form-alert--' + kind()"
      [class.lh-form-alert--empty]="!message()"
    >
      @if (message(); as message) {
        <p>{{ message.key | transloco: message.params }}</p>
      }
    </div>
  `,
  styleUrl: './form-alert.component.scss',
})
export class FormAlert {
  readonly message = input<AlertMessage | null>(null);
  readonly kind = input<'error' | 'success'>('error');
}
