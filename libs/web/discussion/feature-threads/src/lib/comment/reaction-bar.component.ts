import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Comment, ReactionKind } from '@lukuhaaste/web/data-access/discussion';
import { ReactionIcon } from './reaction-icon.component';

const KINDS: readonly ReactionKind[] = ['LIKE', 'LOVE', 'LAUGH', 'WOW'];

/** One-tap reactions with icons and counts: toggle buttons for signed-in readers, plain counts for visitors. */
@Component({
  selector: 'lh-reaction-bar',
  imports: [MatButtonModule, TranslocoPipe, ReactionIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (canReact()) {
      <div class="lh-reactions" role="group" [attr.aria-label]="'discussion.reactions.label' | transloco">
        @for (item of items(); track item.kind) {
          <button
            mat-stroked-button
            type="button"
            class="lh-reactions__button"
            [class.lh-reactions__button--on]="item.reactedByMe"
            [attr.aria-pressed]="item.reactedByMe"
            [attr.aria-label]="
              'discussion.reactions.withCount'
                | transloco: { name: ('discussion.reactions.' + item.kind | transloco), count: item.count }
            "
            (click)="reactionToggle.emit(item.kind)"
          >
            <span class="lh-reactions__content" aria-hidden="true">
              <lh-reaction-icon [kind]="item.kind" />{{ item.count }}
            </span>
          </button>
        }
      </div>
    } @else if (hasAny()) {
      <ul class="lh-reactions lh-reactions--counts" [attr.aria-label]="'discussion.reactions.label' | transloco">
        @for (item of items(); track item.kind) {
          @if (item.count > 0) {
            <li>
              <span class="cdk-visually-hidden">{{
                'discussion.reactions.withCount'
                  | transloco: { name: ('discussion.reactions.' + item.kind | transloco), count: item.count }
              }}</span>
              <span class="lh-reactions__content" aria-hidden="true">
                <lh-reaction-icon [kind]="item.kind" />{{ item.count }}
              </span>
            </li>
          }
        }
      </ul>
    }
  `,
  styles: `
    .lh-reactions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .lh-reactions__button {
      min-inline-size: 3.25rem;
      padding-inline: 0.5rem;
    }
    .lh-reactions__button--on {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .lh-reactions__content {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
    }
    .lh-reactions--counts li {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReactionBar {
  readonly reactions = input.required<Comment['reactions']>();
  readonly canReact = input(false);
  readonly reactionToggle = output<ReactionKind>();

  protected readonly items = computed(() =>
    KINDS.map((kind) => {
      const count = this.reactions().find((r) => r.kind === kind);
      return { kind, count: count?.count ?? 0, reactedByMe: count?.reactedByMe ?? false };
    }),
  );
  protected readonly hasAny = computed(() => this.items().some((item) => item.count > 0));
}
