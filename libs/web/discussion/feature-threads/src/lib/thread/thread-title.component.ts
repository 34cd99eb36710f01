import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Thread } from '@lukuhaaste/web/data-access/discussion';
import type { Locale } from '@lukuhaaste/shared/util-rules';
import { LocalizedPipe } from '@lukuhaaste/web/ui/challenges';

/** A thread's name: its title, or for a category's thread the category's number and title. */
@Component({
  selector: 'lh-thread-title',
  imports: [TranslocoPipe, LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (thread().category; as category) {
      {{
        'discussion.thread.categoryTitle'
          | transloco: { position: category.position, title: category.title | lhLocalized: locale() }
      }}
    } @else {
      {{ thread().title }}
    }`,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class ThreadTitle {
  readonly thread = input.required<Pick<Thread, 'title' | 'category'>>();
  readonly locale = input.required<Locale>();
}
