import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { keepInputMadeBeforeHydration } from '../hydration/keep-input-before-hydration';

/**
 * A labelled search box drawn like Material's outlined field. A native input
 * rather than MatFormField + MatInput: those bring @angular/forms and the
 * form-field code (about 120 kB) to every page that shows a search.
 */
@Component({
  selector: 'lh-search-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="lh-search-field">
      <span class="lh-search-field__label">{{ label() }}</span>
      <input type="search" [value]="value()" (input)="valueChange.emit($any($event.target).value)" />
    </label>
  `,
  styles: `
    :host {
      display: block;
    }
    .lh-search-field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .lh-search-field__label {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    input {
      box-sizing: border-box;
      inline-size: 100%;
      block-size: 3rem;
      padding: 0 1rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-large);
      &:hover {
        border-color: var(--mat-sys-on-surface);
      }
      &:focus {
        outline: 2px solid var(--mat-sys-primary);
        outline-offset: -2px;
      }
    }
  `,
})
export class SearchField {
  readonly label = input.required<string>();
  readonly value = input('');
  /** Every keystroke's text. */
  readonly valueChange = output<string>();

  constructor() {
    keepInputMadeBeforeHydration('input', (text) => this.valueChange.emit(text));
  }
}
