import { NgComponentOutlet } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { CATEGORY_THREAD_SECTION, lazySlot } from '@lukuhaaste/web/data-access';

/**
 * The category's discussion, provided by the app (see CATEGORY_THREAD_SECTION).
 * Its code (comments, composer, markdown preview) is the category page's
 * heaviest part, so it loads once the reader scrolls this far. (An
 * IntersectionObserver rather than `@defer (on viewport)`, whose runtime would
 * join the initial bundle.) No room is reserved for it: a reserved block moved
 * along with the reads list loading above it and added to the page's layout shift.
 */
@Component({
  selector: 'lh-category-thread-slot',
  imports: [NgComponentOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (section(); as section) {
      <ng-container *ngComponentOutlet="section; inputs: { categoryId: categoryId() }" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class CategoryThreadSlot {
  readonly categoryId = input.required<string>();
  private readonly inView = signal(false);
  protected readonly section = lazySlot(CATEGORY_THREAD_SECTION, this.inView);

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    // Only in the browser: a server render leaves the discussion to the reader's browser.
    afterNextRender(() => {
      if (typeof IntersectionObserver === 'undefined') return this.inView.set(true);
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.inView.set(true);
        observer.disconnect();
      });
      observer.observe(host);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
