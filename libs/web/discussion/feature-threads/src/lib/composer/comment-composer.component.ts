import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
  type OnInit,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTabsModule, type MatTabChangeEvent } from '@angular/material/tabs';
import { TranslocoPipe } from '@jsverse/transloco';
import { COMMENT_BODY_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import { CommentsApi } from '@lukuhaaste/web/data-access/discussion';
import {
  apiErrorMessage,
  applyServerFieldErrors,
  FieldErrorMessage,
  fieldProblem,
  FormAlert,
  lhValidators,
  maxLengthRule,
  type AlertMessage,
} from '@lukuhaaste/web/ui';
import { map } from 'rxjs';
import type { CommentDraft } from '../state/comment-actions.service';

let nextId = 0;

/**
 * Writing a comment, a reply or an edit: markdown with a Write / Preview
 * switch (the preview is the server's own rendering), a character counter and
 * the spoiler flag. `send` does the saving; on success a new draft starts.
 */
@Component({
  selector: 'lh-comment-composer',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatTabsModule,
    TranslocoPipe,
    FormAlert,
    FieldErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comment-composer.component.html',
  styleUrl: './comment-composer.component.scss',
})
export class CommentComposer implements OnInit {
  /** Saves the draft; rejects with ApiError to keep it. */
  readonly send = input.required<(draft: CommentDraft) => Promise<unknown>>();
  /** The text being edited, when editing. */
  readonly initial = input<CommentDraft | null>(null);
  /** Translation key of the field's label and of the send button. */
  readonly label = input('discussion.composer.label');
  readonly submitLabel = input('discussion.composer.send');
  /** Shows a cancel button (replies and edits). */
  readonly cancelable = input(false);
  readonly cancelled = output<void>();
  /** Puts the cursor in the field when the composer appears (a reply or an edit just asked for). */
  readonly autofocus = input(false);

  private readonly api = inject(CommentsApi);
  protected readonly id = `lh-composer-${nextId++}`;
  protected readonly max = COMMENT_BODY_MAX_LENGTH;
  protected readonly problem = fieldProblem;
  protected readonly form = new FormGroup({
    body: new FormControl('', {
      nonNullable: true,
      validators: [lhValidators.required, maxLengthRule(COMMENT_BODY_MAX_LENGTH)],
    }),
    containsSpoilers: new FormControl(false, { nonNullable: true }),
  });
  protected readonly length = toSignal(this.form.controls.body.valueChanges.pipe(map((v) => [...v].length)), {
    initialValue: 0,
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);
  protected readonly previewHtml = signal<string | null>(null);
  protected readonly previewing = signal(false);

  private readonly textarea = viewChild.required<ElementRef<HTMLTextAreaElement>>('textarea');

  constructor() {
    afterNextRender(() => this.autofocus() && this.textarea().nativeElement.focus());
  }

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) this.form.setValue(initial);
  }

  protected async tabChanged(event: MatTabChangeEvent): Promise<void> {
    if (event.index !== 1) return;
    this.previewHtml.set(null);
    const body = this.form.controls.body.value;
    if (!body.trim()) return;
    this.previewing.set(true);
    try {
      this.previewHtml.set(await this.api.preview(body));
    } catch (error) {
      this.error.set(apiErrorMessage(toApiError(error)));
    } finally {
      this.previewing.set(false);
    }
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const { body, containsSpoilers } = this.form.getRawValue();
      await this.send()({ body: body.trim(), containsSpoilers });
      if (!this.initial()) this.form.reset();
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyServerFieldErrors(this.form, apiError.fields);
      this.error.set(
        apiError.fields.length > 0 && unmatched.length === 0 ? { key: 'errors.invalidInput' } : sendProblem(apiError),
      );
    } finally {
      this.busy.set(false);
    }
  }
}

/** Locked threads and suspensions come back as FORBIDDEN: say what happened in the thread's words. */
function sendProblem(error: ReturnType<typeof toApiError>): AlertMessage {
  return error.code === 'FORBIDDEN' ? { key: 'discussion.composer.forbidden' } : apiErrorMessage(error);
}
