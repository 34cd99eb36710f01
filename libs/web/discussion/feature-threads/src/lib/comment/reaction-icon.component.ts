import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ReactionKind } from '@lukuhaaste/web/data-access/discussion';

/**
 * A reaction's picture as inline SVG. Emoji showed as empty boxes on
 * machines without an emoji font (Debian's Chromium, many library PCs), and an
 * icon font would be one more download; these paths draw everywhere and take
 * the text colour. Decorative: the button or text beside it carries the name.
 */
@Component({
  selector: 'lh-reaction-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      @switch (kind()) {
        @case ('LIKE') {
          <path
            d="M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z"
          />
        }
        @case ('LOVE') {
          <path
            d="M12 21.35l-1.45-1.32C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54L12 21.35z"
          />
        }
        @case ('LAUGH') {
          <circle class="lh-face" cx="12" cy="12" r="9" />
          <circle cx="9" cy="9.5" r="1.5" />
          <circle cx="15" cy="9.5" r="1.5" />
          <path d="M7 13.5h10a5 5 0 0 1-10 0z" />
        }
        @case ('WOW') {
          <circle class="lh-face" cx="12" cy="12" r="9" />
          <circle cx="9" cy="9.5" r="1.5" />
          <circle cx="15" cy="9.5" r="1.5" />
          <circle class="lh-face" cx="12" cy="15.5" r="2.25" />
        }
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
    }
    svg {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      fill: currentColor;
    }
    .lh-face {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
    }
  `,
})
export class ReactionIcon {
  readonly kind = input.required<ReactionKind>();
}
