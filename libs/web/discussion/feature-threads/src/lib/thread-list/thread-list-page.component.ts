import { ChangeDetectionStrategy, Component, effect, inject, input, resource, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore, toApiError } from '@lukuhaaste/web/data-access';
import { ThreadsApi, type Thread } from '@lukuhaaste/web/data-access/discussion';
import { apiErrorMessage, DateTimePipe, FormAlert, type AlertMessage } from '@lukuhaaste/web/ui';
import { EmptyState, LocalizedPipe } from '@lukuhaaste/web/ui/challenges';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { Badge } from '../badge/badge.component';
import { ThreadTitle } from '../thread/thread-title.component';
import { StartThreadForm } from './start-thread-form.component';

export const THREADS_PAGE_SIZE = 20;

/** A challenge's threads: pinned first, then the most recently active; signed-in readers start new ones. */
@Component({
  selector: 'lh-thread-list-page',
  imports: [
    MatButtonModule,
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

  private readonly api = inject(ThreadsApi);
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

  constructor() {
    effect(() => {
      const challenge = this.challenge.hasValue() ? this.challenge.value() : null;
      this.session.user();
      if (challenge) untracked(() => this.reload());
    });
  }

  protected reload(): void {
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
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.threads(challenge.id, THREADS_PAGE_SIZE, after);
      this.threads.update((threads) => [...threads, ...page.edges.map((edge) => edge.node)]);
      this.endCursor.set(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
    } catch (error) {
      this.error.set(apiErrorMessage(toApiError(error)));
    } finally {
      this.loading.set(false);
    }
  }
}
