import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lukuhaaste/web/data-access';
import {
  appendPage,
  ModerationApi,
  type ListPage,
  type ModerationLogEntry,
  type ModerationLogFilter,
} from '@lukuhaaste/web/data-access/moderation';
import { apiErrorMessage, DateTimePipe, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { logFilterFrom, logFilterParams, MODERATION_ACTIONS } from './log-filter.util';

/** The audit log: every moderation action, newest first, filtered through the URL so a view can be shared. */
@Component({
  selector: 'lh-moderation-log-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    FormAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './moderation-log-page.component.html',
  styleUrl: './moderation-log-page.component.scss',
})
export class ModerationLogPage {
  private readonly api = inject(ModerationApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageStore);
  protected readonly actions = MODERATION_ACTIONS;

  protected readonly filter = signal<ModerationLogFilter>({});
  protected readonly page = signal<ListPage<ModerationLogEntry> | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);
  /** Names for the person filters, taken from the rows (the URL holds only ids). */
  protected readonly moderatorName = computed(() => this.nameOf(this.filter().moderatorId, (e) => e.moderator));
  protected readonly userName = computed(() => this.nameOf(this.filter().userId, (e) => e.targetUser));
  private loadsStarted = 0;

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      this.filter.set(logFilterFrom(params));
      void this.load();
    });
  }

  protected setFilter(change: Partial<ModerationLogFilter>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: logFilterParams({ ...this.filter(), ...change }),
    });
  }

  protected clear(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected hasFilters(): boolean {
    return Object.keys(logFilterParams(this.filter())).length > 0;
  }

  protected async load(): Promise<void> {
    // Only the newest filter's answer is shown when the librarian changes filters quickly.
    const load = ++this.loadsStarted;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.log(this.filter());
      if (load === this.loadsStarted) this.page.set(page);
    } catch (error) {
      if (load === this.loadsStarted) this.error.set(apiErrorMessage(toApiError(error)));
    } finally {
      if (load === this.loadsStarted) this.loading.set(false);
    }
  }

  protected async more(): Promise<void> {
    const current = this.page();
    if (!current?.nextCursor) return;
    const load = this.loadsStarted;
    this.loading.set(true);
    try {
      const next = await this.api.log(this.filter(), current.nextCursor);
      if (load === this.loadsStarted) this.page.set(appendPage(current, next));
    } catch (error) {
      this.error.set(apiErrorMessage(toApiError(error)));
    } finally {
      this.loading.set(false);
    }
  }

  private nameOf(
    id: string | null | undefined,
    person: (entry: ModerationLogEntry) => { id: string; displayName: string } | null,
  ): string {
    if (!id) return '';
    const found = this.page()
      ?.items.map(person)
      .find((p) => p?.id === id);
    return found?.displayName ?? '…';
  }
}
