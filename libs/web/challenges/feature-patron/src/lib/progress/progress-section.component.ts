import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ChallengeView } from '../view/challenge-view.loader';
import { JoinCall } from '../view/join-call.component';
import { ProgressSummary } from './progress-summary.component';

/**
 * "Progress" block of the home and challenge pages: my progress (or an
 * invitation to join) and the log-a-book button; extra actions are projected.
 */
@Component({
  selector: 'lh-progress-section',
  imports: [TranslocoPipe, JoinCall, ProgressSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'lh-challenge-view__progress', role: 'region', '[attr.aria-labelledby]': 'headingId()' },
  template: `
    <h2 [id]="headingId()">{{ 'progress.heading' | transloco }}</h2>
    @if (view().participation; as participation) {
      <lh-progress-summary
        [completedCount]="participation.completedCount"
        [categoryCount]="view().challenge.categoryCount"
        [completedAt]="participation.completedAt"
      />
    } @else {
      <lh-join-call [challengeId]="view().challenge.id" (joined)="joined.emit()" />
    }
    <div class="lh-challenge-view__actions">
      <button type="button" class="lh-button lh-button--filled lh-log-button" (click)="logBook.emit()">
        {{ 'logBook.open' | transloco }}
      </button>
      <ng-content />
    </div>
  `,
  styleUrl: '../view/challenge-view.scss',
})
export class ProgressSection {
  readonly view = input.required<ChallengeView>();
  /** Unique per page, labels the region. */
  readonly headingId = input.required<string>();
  readonly joined = output<void>();
  readonly logBook = output<void>();
}
