import { ChangeDetectionStrategy, Component, ElementRef, forwardRef, input, signal, viewChildren } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { RATING_MAX, RATING_MIN } from '@lukuhaaste/shared/util-rules';

let nextId = 0;

/**
 * A 1–5 star rating as an ARIA radio group: one tab stop, arrow keys move and
 * select, Home/End jump, Delete or Backspace clears (rating is optional).
 * Filled and outlined stars differ in shape, not only in colour.
 */
@Component({
  selector: 'lh-star-rating',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => StarRating), multi: true }],
  template: `
    <span class="lh-star-rating__label" [id]="id">{{ label() }}</span>
    <div class="lh-star-rating__stars" role="radiogroup" [attr.aria-labelledby]="id">
      @for (star of stars; track star) {
        <button
          #starButton
          type="button"
          role="radio"
          class="lh-star-rating__star"
          [class.lh-star-rating__star--filled]="(value() ?? 0) >= star"
          [attr.aria-checked]="value() === star"
          [attr.aria-label]="'rating.stars' | transloco: { count: star, max: max }"
          [tabIndex]="tabStop() === star ? 0 : -1"
          [disabled]="disabled()"
          (click)="select(star)"
          (keydown)="onKeydown($event, star)"
          (blur)="onTouched()"
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 2.8l2.8 5.8 6.4.9-4.6 4.5 1.1 6.4L12 17.4l-5.7 3 1.1-6.4-4.6-4.5 6.4-.9z" />
          </svg>
        </button>
      }
      @if (value() !== null) {
        <button type="button" class="lh-star-rating__clear" [disabled]="disabled()" (click)="clear()">
          {{ 'rating.clear' | transloco }}
        </button>
      } @else {
        <span class="lh-star-rating__none">{{ 'rating.none' | transloco }}</span>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .lh-star-rating__label {
      display: block;
      margin-block-end: 0.25rem;
      font: var(--mat-sys-body-medium);
    }
    .lh-star-rating__stars {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.125rem;
    }
    .lh-star-rating__star {
      display: grid;
      place-items: center;
      inline-size: 2.75rem;
      block-size: 2.75rem;
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: none;
      cursor: pointer;
      svg {
        inline-size: 1.75rem;
        fill: transparent;
        stroke: var(--mat-sys-on-surface-variant);
        stroke-width: 1.5;
        stroke-linejoin: round;
      }
      &:focus-visible {
        outline: 3px solid var(--mat-sys-primary);
      }
    }
    .lh-star-rating__star--filled svg {
      fill: var(--mat-sys-tertiary);
      stroke: var(--mat-sys-tertiary);
    }
    .lh-star-rating__clear {
      margin-inline-start: 0.5rem;
      padding: 0.5rem;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      text-decoration: underline;
      cursor: pointer;
      font: inherit;
    }
    .lh-star-rating__none {
      margin-inline-start: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StarRating implements ControlValueAccessor {
  /** Visible label that names the group, e.g. "Your rating (optional)". */
  readonly label = input.required<string>();

  protected readonly id = `lh-star-rating-${nextId++}`;
  protected readonly max = RATING_MAX;
  protected readonly stars = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);
  protected readonly value = signal<number | null>(null);
  protected readonly disabled = signal(false);
  private readonly buttons = viewChildren<ElementRef<HTMLButtonElement>>('starButton');
  private onChange: (value: number | null) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  /** The star that takes Tab focus: the chosen one, else the first. */
  protected tabStop(): number {
    return this.value() ?? RATING_MIN;
  }

  protected select(star: number): void {
    this.value.set(star);
    this.onChange(star);
  }

  protected clear(): void {
    this.value.set(null);
    this.onChange(null);
    this.focus(RATING_MIN);
  }

  protected onKeydown(event: KeyboardEvent, star: number): void {
    const target = this.targetFor(event.key, star);
    if (target === undefined) return;
    event.preventDefault();
    if (target === null) {
      this.clear();
      return;
    }
    this.select(target);
    this.focus(target);
  }

  writeValue(value: number | null | undefined): void {
    this.value.set(typeof value === 'number' ? value : null);
  }

  registerOnChange(fn: (value: number | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  /** undefined: not a key the group handles; null: clear. */
  private targetFor(key: string, star: number): number | null | undefined {
    switch (key) {
      case 'ArrowRight':
      case 'ArrowUp':
        return Math.min(star + 1, RATING_MAX);
      case 'ArrowLeft':
      case 'ArrowDown':
        return Math.max(star - 1, RATING_MIN);
      case 'Home':
        return RATING_MIN;
      case 'End':
        return RATING_MAX;
      case 'Delete':
      case 'Backspace':
        return null;
      default:
        return undefined;
    }
  }

  private focus(star: number): void {
    // After the change is rendered, so the new tab stop is in place.
    queueMicrotask(() => this.buttons()[star - RATING_MIN]?.nativeElement.focus());
  }
}
