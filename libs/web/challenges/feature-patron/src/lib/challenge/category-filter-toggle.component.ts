import { ChangeDetectionStrategy, Component, input, type WritableSignal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { CATEGORY_FILTERS, type CategoryFilter } from '../progress/challenge-progress';

/**
 * The done / to-do filter of a participant's category list. The challenge
 * page loads it only for participants (visitors have nothing done):
 * MatButtonToggle brings @angular/forms along, 75 kB with the toggle itself.
 */
@Component({
  selector: 'lh-category-filter-toggle',
  imports: [MatButtonToggleModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      [value]="filter()()"
      (change)="filter().set($event.value)"
      [attr.aria-label]="'challenge.filterLabel' | transloco"
    >
      @for (option of options; track option) {
        <mat-button-toggle [value]="option">{{ 'filters.' + option | transloco }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
})
export class CategoryFilterToggle {
  /** The page's filter, read and set here (NgComponentOutlet passes inputs only). */
  readonly filter = input.required<WritableSignal<CategoryFilter>>();
  protected readonly options = CATEGORY_FILTERS;
}
