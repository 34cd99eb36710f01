import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { Badge } from '../badge/badge.component';
import type { Comment, Reply } from '@lukuhaaste/web/data-access/discussion';

let nextId = 0;

/**
 * A comment's text, or the placeholder that stands in for it: deleted, hidden
 * by a librarian (staff still see the text, marked hidden), or a spoiler
 * behind a button. The HTML is the API's sanitized rendering and goes only
 * through [innerHTML], so Angular sanitizes it once more.
 */
@Component({
  selector: 'lh-comment-body',
  imports: [MatButtonModule, TranslocoPipe, Badge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (state()) {
      @case ('deleted') {
        <p class="lh-comment-body__placeholder">{{ 'discussion.comment.deleted' | transloco }}</p>
      }
      @case ('hidden') {
        <p class="lh-comment-body__placeholder">{{ 'discussion.comment.hidden' | transloco }}</p>
      }
      @default {
        @if (comment().hiddenAt) {
          <p class="lh-comment-body__hidden-note">
            <lh-badge tone="warn">{{ 'discussion.comment.hiddenBadge' | transloco }}</lh-badge>
            @if (comment().hiddenReason; as reason) {
              {{ reason }}
            }
          </p>
        }
        @if (comment().containsSpoilers) {
          <button
            mat-stroked-button
            type="button"
            class="lh-comment-body__spoiler"
            [attr.aria-expanded]="revealed()"
            [attr.aria-controls]="id"
            (click)="revealed.set(!revealed())"
          >
            {{ (revealed() ? 'discussion.comment.hideSpoiler' : 'discussion.comment.showSpoiler') | transloco }}
          </button>
        }
        <div
          [id]="id"
          class="lh-comment-html"
          [hidden]="comment().containsSpoilers && !revealed()"
          [innerHTML]="html()"
        ></div>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .lh-comment-body__placeholder {
      margin: 0;
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    .lh-comment-body__hidden-note {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-body-small);
    }
    /* The rendered markdown has no component attributes, so its rules reach in from here. */
    .lh-comment-html {
      overflow-wrap: anywhere;
      ::ng-deep {
        p,
        ul,
        ol,
        blockquote,
        pre {
          margin-block: 0 0.5rem;
        }
        pre {
          max-inline-size: 100%;
          overflow-x: auto;
        }
        a {
          color: var(--mat-sys-primary);
        }
      }
    }
    .lh-comment-body__spoiler {
      margin-block: 0.25rem 0.5rem;
    }
  `,
})
export class CommentBody {
  readonly comment = input.required<Comment | Reply>();
  protected readonly id = `lh-comment-body-${nextId++}`;
  protected readonly revealed = signal(false);
  protected readonly html = computed(() => this.comment().bodyHtml ?? '');
  protected readonly state = computed(() => {
    const comment = this.comment();
    if (comment.deletedAt) return 'deleted';
    // Staff receive the text of a hidden comment; everyone else gets null.
    if (comment.hiddenAt && comment.bodyHtml === null) return 'hidden';
    return 'shown';
  });
}
