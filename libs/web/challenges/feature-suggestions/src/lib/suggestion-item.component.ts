import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@lukuhaaste/shared/util-rules';
import type { Suggestion } from '@lukuhaaste/web/data-access/suggestions';
import { DateTimePipe } from '@lukuhaaste/web/ui';
import { LocalizedPipe } from '@lukuhaaste/web/ui/challenges';

export type SuggestionAction = 'vote' | 'report' | 'merge' | 'adopt' | 'hide' | 'restore';

/** One idea for next year: its text, votes (a toggle), what became of it, and the actions the viewer may take. */
@Component({
  selector: 'lh-suggestion-item',
  imports: [MatButtonModule, TranslocoPipe, DateTimePipe, LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lh-suggestion__votes">
      <button
        mat-stroked-button
        type="button"
        class="lh-suggestion__vote"
        [class.lh-suggestion__vote--on]="suggestion().votedByMe"
        [attr.aria-pressed]="suggestion().votedByMe"
        [attr.aria-label]="
          'suggestions.voteFor' | transloco: { text: suggestion().text ?? '', count: suggestion().voteCount }
        "
        [disabled]="!canVote() || busy() || suggestion().status !== 'OPEN' || !!suggestion().hiddenAt"
        (click)="action.emit('vote')"
      >
        <span aria-hidden="true">▲ {{ suggestion().voteCount }}</span>
      </button>
    </div>
    <div class="lh-suggestion__body">
      <p class="lh-suggestion__text" [class.lh-suggestion__text--hidden]="suggestion().hiddenAt">
        {{ suggestion().text ?? ('suggestions.hiddenText' | transloco) }}
      </p>
      <p class="lh-suggestion__meta">
        @if (suggestion().author; as author) {
          {{ 'suggestions.by' | transloco: { name: author.displayName } }} ·
        }
        <time [attr.datetime]="suggestion().createdAt">{{
          suggestion().createdAt | lhDateTime: locale() : 'date'
        }}</time>
        @if (suggestion().hiddenAt) {
          <span class="lh-badge lh-badge--alert">{{ 'suggestions.badges.hidden' | transloco }}</span>
        }
        @if (suggestion().mergedInto; as target) {
          <span class="lh-badge">{{ 'suggestions.badges.merged' | transloco: { text: target.text ?? '' } }}</span>
        }
        @if (suggestion().adoptedCategory; as category) {
          <span class="lh-badge lh-badge--done">{{
            'suggestions.badges.adopted'
              | transloco: { position: category.position, title: category.title | lhLocalized: locale() }
          }}</span>
        }
      </p>
      <div class="lh-suggestion__actions">
        @if (suggestion().viewerCanReport) {
          <button mat-button type="button" [disabled]="busy()" (click)="action.emit('report')">
            {{ 'moderation.report.open' | transloco }}
          </button>
        }
        @if (staff()) {
          @if (suggestion().status === 'OPEN' && !suggestion().hiddenAt) {
            <button mat-button type="button" [disabled]="busy()" (click)="action.emit('merge')">
              {{ 'suggestions.staff.merge' | transloco }}
            </button>
            <button mat-button type="button" [disabled]="busy()" (click)="action.emit('adopt')">
              {{ 'suggestions.staff.adopt' | transloco }}
            </button>
          }
          <button
            mat-button
            type="button"
            [disabled]="busy()"
            (click)="action.emit(suggestion().hiddenAt ? 'restore' : 'hide')"
          >
            {{ (suggestion().hiddenAt ? 'suggestions.staff.restore' : 'suggestions.staff.hide') | transloco }}
          </button>
        }
      </div>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      gap: 0.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .lh-suggestion__vote {
      min-inline-size: 4rem;
    }
    .lh-suggestion__vote--on {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .lh-suggestion__body {
      flex: 1;
      min-inline-size: 0;
    }
    .lh-suggestion__text {
      margin: 0;
      font-family: var(--lh-serif);
      font-size: 1.05rem;
      overflow-wrap: anywhere;
    }
    .lh-suggestion__text--hidden {
      font-style: italic;
    }
    .lh-suggestion__meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      margin: 0.25rem 0 0;
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .lh-badge {
      padding: 0.125rem 0.5rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .lh-badge--alert {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .lh-badge--done {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .lh-suggestion__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    .lh-suggestion__actions:empty {
      display: none;
    }
  `,
})
export class SuggestionItem {
  readonly suggestion = input.required<Suggestion>();
  readonly locale = input.required<Locale>();
  /** Signed in: voting needs an account (anonymous visitors see the counts). */
  readonly canVote = input(false);
  readonly staff = input(false);
  readonly busy = input(false);
  readonly action = output<SuggestionAction>();
}
