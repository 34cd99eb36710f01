import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { checkSingleLineText, THREAD_TITLE_MAX_LENGTH, THREAD_TITLE_MIN_LENGTH } from '@lukuhaaste/shared/util-rules';
import { ApiError, toApiError } from '@lukuhaaste/web/data-access';
import { ThreadsApi } from '@lukuhaaste/web/data-access/discussion';
import { applyServerFieldErrors, FieldErrorMessage, fieldProblem, textRule } from '@lukuhaaste/web/ui';
import { CommentComposer } from '../composer/comment-composer.component';
import type { CommentDraft } from '../state/comment-actions.service';

/** A title and a first comment; opens the new thread once it exists. */
@Component({
  selector: 'lh-start-thread-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FieldErrorMessage, CommentComposer],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="lh-start-thread__title">
      <mat-label>{{ 'discussion.start.titleLabel' | transloco }}</mat-label>
      <input matInput [formControl]="title" name="title" autocomplete="off" />
      <mat-error><lh-field-error [error]="problem(title)" /></mat-error>
    </mat-form-field>
    <lh-comment-composer [send]="start" label="discussion.start.bodyLabel" submitLabel="discussion.start.submit" />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .lh-start-thread__title {
      inline-size: 100%;
    }
  `,
})
export class StartThreadForm {
  readonly challengeId = input.required<string>();

  private readonly threads = inject(ThreadsApi);
  private readonly router = inject(Router);
  protected readonly problem = fieldProblem;
  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      // The API's own rule for a title (checkThreadTitle), so both say the same thing.
      validators: [
        textRule((value) => checkSingleLineText('title', value, THREAD_TITLE_MIN_LENGTH, THREAD_TITLE_MAX_LENGTH)),
      ],
    }),
  });
  protected readonly title = this.form.controls.title;

  /** The composer sends the first comment; the title is checked here first and server errors land on it too. */
  protected readonly start = async (draft: CommentDraft): Promise<void> => {
    if (this.title.invalid) {
      this.title.markAsTouched();
      throw new ApiError('BAD_USER_INPUT', [{ field: 'title', code: 'TOO_SHORT' }]);
    }
    try {
      const thread = await this.threads.start({
        challengeId: this.challengeId(),
        title: this.title.value.trim(),
        ...draft,
      });
      await this.router.navigate(['/threads', thread.id]);
    } catch (error) {
      const apiError = toApiError(error);
      applyServerFieldErrors(this.form, apiError.fields);
      throw apiError;
    }
  };
}
