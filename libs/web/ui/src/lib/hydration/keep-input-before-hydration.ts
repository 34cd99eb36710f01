import { afterNextRender, ElementRef, inject } from '@angular/core';

/**
 * Hands `keep` what the reader typed or picked in this component's
 * server-rendered control (found by `selector`) before the page woke up.
 * Hydration sets a bound control back to its bound value, and the replayed
 * event then reads that, so without this the input is lost. "Changed" means
 * the control's value differs from what the server rendered: an input's
 * `value` attribute, a select's option marked `selected`. Call from the
 * component's constructor; a client-rendered component finds no control yet.
 */
export function keepInputMadeBeforeHydration(selector: string, keep: (value: string) => void): void {
  const control = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement.querySelector<
    HTMLInputElement | HTMLSelectElement
  >(selector);
  if (!control) return;
  const rendered =
    control.tagName === 'SELECT'
      ? control.querySelector('option[selected]')?.getAttribute('value')
      : (control as HTMLInputElement).defaultValue;
  const value = control.value;
  if (rendered === undefined || rendered === null || value === rendered) return;
  afterNextRender(() => keep(value));
}
