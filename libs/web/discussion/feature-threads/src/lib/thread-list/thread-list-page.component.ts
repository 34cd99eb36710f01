import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  linkedSignal,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import { ThreadsApi, type Thread } from '@lukuhaaste/web/data-access/discussion';
import { apiErrorMessage, DateTimePipe, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { EmptyState, LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { Badge } from '../badge/badge.component';
import { ThreadTitle } from '../thread/thread-title.component';
import { StartThreadForm } from './start-thread-form.component';
import {
  DEFAULT_THREAD_LIST_FILTER,
  THREAD_LIST_FILTERS,
  THREAD_LIST_QUERIES,
  toThreadListFilter,
  type ThreadListFilter,
} from './thread-list-filters';

export const THREADS_PAGE_SIZE = 20;

/**
 * A challenge's threads: pinned first, then the most recently active, by
 * default only those someone has written in (`?show=` picks another view);
 * signed-in readers start new ones.
 */
@Component({
  selector: 'lh-thread-list-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    EmptyState,
    LocalizedPipe,
    Badge,
    DateTimePipe,
    ThreadTitle,
    StartThreadForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './thread-list-page.component.html',
  styleUrl: './thread-list-page.component.scss',
})
export class ThreadListPage {
  /** Route parameter. */
  readonly slug = input.required<string>();
  /** Query parameter: the view (see THREAD_LIST_FILTERS), so going back from a thread keeps it. */
  readonly show = input<string | undefined>();

  private readonly api = inject(ThreadsApi);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly locale = inject(LanguageStore).locale;

  protected readonly challenge = resource({
    params: () => this.slug(),
    loader: ({ params }) => this.api.challenge({ slug: params }),
  });
  protected readonly threads = signal<Thread[]>([]);
  /** Where the next page starts; null when there is no next page. */
  protected readonly endCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<AlertMessage | null>(null);
  protected readonly starting = signal(false);
  protected readonly filters = THREAD_LIST_FILTERS;
  protected readonly filter = linkedSignal(() => toThreadListFilter(this.show()));

  constructor() {
    effect(() => {
      const challenge = this.challenge.hasValue() ? this.challenge.value() : null;
      this.session.user();
      this.filter();
      if (challenge) untracked(() => this.reload());
    });
  }

  protected changeFilter(filter: ThreadListFilter): void {
    this.filter.set(filter);
    // Replace, not push: Back leaves the list instead of stepping through the views.
    void this.router.navigate([], {
      queryParams: { show: filter === DEFAULT_THREAD_LIST_FILTER ? null : filter },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** Bumped on every reload: arrow keys step through the views, and a slower earlier answer must not land in a later one. */
  private generation = 0;

  protected reload(): void {
    this.generation++;
    this.threads.set([]);
    this.endCursor.set(null);
    void this.load(null);
  }

  protected loadMore(): void {
    void this.load(this.endCursor());
  }

  private async load(after: string | null): Promise<void> {
    const challenge = this.challenge.value();
    if (!challenge) return;
    const generation = this.generation;
    const current = () => generation === this.generation;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.threads(challenge.id, THREADS_PAGE_SIZE, after, THREAD_LIST_QUERIES[this.filter()]);
      if (!current()) return;
      this.threads.update((threads) => [...threads, ...page.edges.map((edge) => edge.node)]);
      this.endCursor.set(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
    } catch (error) {
      if (current()) this.error.set(apiErrorMessage(toApiError(error)));
    } finally {
      if (current()) this.loading.set(false);
    }
  }
}
