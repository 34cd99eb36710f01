import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';

/** Opens or closes the challenge's page for next year's category ideas; takes effect at once (the page saves it). */
@Component({
  selector: 'lh-suggestions-toggle',
  imports: [MatSlideToggleModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-slide-toggle
      [checked]="open()"
      [disabled]="disabled()"
      (change)="openChange.emit($event.checked)"
      aria-describedby="lh-suggestions-toggle-hint"
      >{{ 'suggestions.editor.toggle' | transloco }}</mat-slide-toggle
    >
    <p id="lh-suggestions-toggle-hint" class="lh-suggestions-toggle__hint">
      {{ 'suggestions.editor.hint' | transloco }}
    </p>
  `,
  styles: `
    .lh-suggestions-toggle__hint {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SuggestionsToggle {
  readonly open = input.required<boolean>();
  readonly disabled = input(false);
  readonly openChange = output<boolean>();
}
