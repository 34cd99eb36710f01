import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Celebration, ProgressRing } from '@lukuhaaste/web/ui/challenges';
import { progressOf } from './challenge-progress';

/** My progress in words and as a ring, always encouraging; a celebration once everything is done. */
@Component({
  selector: 'lh-progress-summary',
  imports: [TranslocoPipe, ProgressRing, Celebration],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (progress().complete || completedAt()) {
      <lh-celebration
        [heading]="'progress.completeTitle' | transloco"
        [message]="'progress.completeMessage' | transloco"
      />
    }
    <div class="lh-progress-summary">
      <lh-progress-ring
        [completed]="progress().done"
        [total]="progress().total"
        [label]="'progress.label' | transloco"
      />
      <div>
        <p class="lh-progress-summary__count">
          {{ 'progress.summary' | transloco: { done: progress().done, total: progress().total } }}
        </p>
        @if (!progress().complete) {
          <p>{{ (progress().done === 0 ? 'progress.start' : 'progress.going') | transloco }}</p>
        }
      </div>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    .lh-progress-summary {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem 1.5rem;
    }
    .lh-progress-summary__count {
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0 0 0.25rem;
      max-width: 32rem;
    }
  `,
})
export class ProgressSummary {
  readonly completedCount = input.required<number>();
  readonly categoryCount = input.required<number>();
  readonly completedAt = input<string | null>(null);

  protected readonly progress = computed(() => progressOf(this.completedCount(), this.categoryCount()));
}
