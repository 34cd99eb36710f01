import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@lukuhaaste/shared/util-rules';
import type { PublishChecklist } from './publish-checklist';

export interface PublishDialogData {
  title: string;
  checklist: PublishChecklist;
}

/** The publish checklist: blocking problems disable "Publish now"; missing translations only warn. */
@Component({
  selector: 'lh-publish-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let checklist = data.checklist;
    <h2 mat-dialog-title>{{ 'librarian.publish.title' | transloco: { title: data.title } }}</h2>
    <mat-dialog-content>
      <p>{{ 'librarian.publish.intro' | transloco }}</p>
      <h3>{{ 'librarian.publish.checklist' | transloco }}</h3>
      <ul class="lh-checklist">
        <li [class]="checklist.categoryCount > 0 ? 'lh-ok' : 'lh-problem'">
          <span class="lh-mark" aria-hidden="true">{{ checklist.categoryCount > 0 ? '✓' : '✗' }}</span>
          <span class="cdk-visually-hidden"
            >{{
              (checklist.categoryCount > 0 ? 'librarian.publish.ok' : 'librarian.publish.problem') | transloco
            }}:</span
          >
          @if (checklist.categoryCount > 0) {
            {{ 'librarian.publish.hasCategories' | transloco: { count: checklist.categoryCount } }}
          } @else {
            {{ 'librarian.publish.noCategories' | transloco }}
          }
        </li>
        <li [class]="checklist.missingFinnish.length === 0 ? 'lh-ok' : 'lh-problem'">
          <span class="lh-mark" aria-hidden="true">{{ checklist.missingFinnish.length === 0 ? '✓' : '✗' }}</span>
          <span class="cdk-visually-hidden"
            >{{
              (checklist.missingFinnish.length === 0 ? 'librarian.publish.ok' : 'librarian.publish.problem')
                | transloco
            }}:</span
          >
          @if (checklist.missingFinnish.length === 0) {
            {{ 'librarian.publish.finnishOk' | transloco }}
          } @else {
            {{ 'librarian.publish.finnishMissing' | transloco: { positions: checklist.missingFinnish.join(', ') } }}
          }
        </li>
        <li [class]="checklist.missingTranslations.length === 0 ? 'lh-ok' : 'lh-warning'">
          <span class="lh-mark" aria-hidden="true">{{ checklist.missingTranslations.length === 0 ? '✓' : '⚠' }}</span>
          <span class="cdk-visually-hidden"
            >{{
              (checklist.missingTranslations.length === 0 ? 'librarian.publish.ok' : 'librarian.publish.warning')
                | transloco
            }}:</span
          >
          @if (checklist.missingTranslations.length === 0) {
            {{ 'librarian.publish.translationsOk' | transloco }}
          } @else {
            {{ 'librarian.publish.translationsMissing' | transloco }}
            <ul class="lh-warnings">
              @for (warning of checklist.missingTranslations; track $index) {
                <li>
                  {{
                    'librarian.publish.' + warning.key
                      | transloco: { position: warning.position, languages: languages(warning.locales) }
                  }}
                </li>
              }
            </ul>
          }
        </li>
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'librarian.common.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" [disabled]="!checklist.canPublish">
        {{ 'librarian.publish.confirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .lh-checklist {
      list-style: none;
      padding: 0;
      > li {
        margin-block: 0.5rem;
      }
    }
    .lh-mark {
      display: inline-block;
      width: 1.5em;
      font-weight: bold;
    }
    .lh-problem .lh-mark {
      color: var(--mat-sys-error);
    }
    .lh-warnings {
      max-height: 12rem;
      overflow-y: auto;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PublishDialog {
  protected readonly data = inject<PublishDialogData>(MAT_DIALOG_DATA);
  private readonly transloco = inject(TranslocoService);

  protected languages(locales: Locale[]): string {
    return locales.map((locale) => this.transloco.translate(`librarian.languages.${locale}`)).join(', ');
  }
}
