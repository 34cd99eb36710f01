import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { pickLocalized, type Locale } from '@lukuhaaste/shared/util-rules';
import type { EditorChallenge } from '@lukuhaaste/web/data-access/librarian';

/** Roughly what a reader sees: the challenge and its categories as a grid of numbered cards, in one language. */
@Component({
  selector: 'lh-patron-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lh-preview" [attr.lang]="locale()">
      <h3 class="lh-preview__title">{{ view().title }}</h3>
      @if (view().description; as description) {
        <p class="lh-preview__description">{{ description }}</p>
      }
      <ol class="lh-preview__grid">
        @for (category of view().categories; track category.id) {
          <li class="lh-preview__card">
            <span class="lh-preview__number" aria-hidden="true">{{ category.position }}</span>
            <span class="lh-preview__name">{{ category.title }}</span>
          </li>
        }
      </ol>
    </div>
  `,
  styles: `
    .lh-preview__title {
      font-family: var(--lh-book-font, Georgia, serif);
    }
    .lh-preview__description {
      white-space: pre-line;
    }
    .lh-preview__grid {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75rem;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    }
    .lh-preview__card {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      padding: 0.75rem;
      border-radius: var(--mat-sys-corner-medium, 12px);
      background: var(--mat-sys-surface-container);
    }
    .lh-preview__number {
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-primary);
      min-width: 2ch;
    }
  `,
})
export class PatronPreview {
  readonly challenge = input.required<Pick<EditorChallenge, 'title' | 'description' | 'categories'>>();
  readonly locale = input.required<Locale>();

  protected readonly view = computed(() => {
    const { title, description, categories } = this.challenge();
    const locale = this.locale();
    return {
      title: pickLocalized(title, locale),
      description: description ? pickLocalized(description, locale) : null,
      categories: categories.map((category) => ({
        id: category.id,
        position: category.position,
        title: pickLocalized(category.title, locale),
      })),
    };
  });
}
