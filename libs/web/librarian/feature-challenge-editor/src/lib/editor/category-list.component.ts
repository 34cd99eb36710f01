import { CdkDrag, CdkDropList, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@lukuhaaste/shared/util-rules';
import type { EditorCategory } from '@lukuhaaste/web/data-access/librarian';
import { CategoryEditor } from './category-editor.component';

/** A move to `position`; the move buttons also say which way, so focus can stay on them. */
export interface CategoryMove {
  category: EditorCategory;
  position: number;
  direction?: 'up' | 'down';
}

/** The categories in order, reorderable by drag and drop or the move buttons; the page carries out every change. */
@Component({
  selector: 'lh-category-list',
  imports: [CdkDropList, CdkDrag, TranslocoPipe, CategoryEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './category-list.component.html',
  styleUrl: './category-list.component.scss',
})
export class CategoryList {
  /** In position order, as the API sends them. */
  readonly categories = input.required<readonly EditorCategory[]>();
  /** Adding, removing and reordering: DRAFT only. */
  readonly structureLocked = input(false);
  /** Text edits: everything but ARCHIVED. */
  readonly textLocked = input(false);
  readonly busy = input(false);
  readonly locale = input.required<Locale>();

  readonly moveTo = output<CategoryMove>();
  readonly remove = output<EditorCategory>();
  readonly addAfter = output<EditorCategory>();
  readonly saved = output<EditorCategory>();

  protected drop(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    const category = this.categories()[event.previousIndex];
    if (category) this.moveTo.emit({ category, position: event.currentIndex + 1 });
  }
}
