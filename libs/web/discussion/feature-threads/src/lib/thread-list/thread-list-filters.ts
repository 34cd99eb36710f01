import type { ThreadsFilter } from '@lukuhaaste/web/data-access/discussion';

/**
 * The thread list's views. `active` is the default: every category has a
 * thread from the start, so listing them all would bury the few conversations
 * under 50 empty category threads. No "all": the three views cover every
 * thread, and a fourth button would not fit a 360 px phone in Swedish.
 */
export const THREAD_LIST_FILTERS = ['active', 'general', 'category'] as const;
export type ThreadListFilter = (typeof THREAD_LIST_FILTERS)[number];
export const DEFAULT_THREAD_LIST_FILTER: ThreadListFilter = 'active';

/** What each view asks the API for. */
export const THREAD_LIST_QUERIES: Record<ThreadListFilter, ThreadsFilter> = {
  active: { withComments: true },
  general: { kind: 'GENERAL' },
  category: { kind: 'CATEGORY' },
};

/** The view named in the URL (`?show=`), or the default for a missing or unknown name. */
export function toThreadListFilter(value: string | null | undefined): ThreadListFilter {
  return THREAD_LIST_FILTERS.find((filter) => filter === value) ?? DEFAULT_THREAD_LIST_FILTER;
}
