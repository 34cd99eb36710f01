import type { ParamMap, Params } from '@angular/router';
import { isIsoDate } from '@lukuhaaste/shared/util-rules';
import type { ModerationActionKind, ModerationLogFilter } from '@lukuhaaste/web/data-access/moderation';

export const MODERATION_ACTIONS: readonly ModerationActionKind[] = [
  'HIDE',
  'RESTORE',
  'AUTO_HIDE',
  'LOCK',
  'UNLOCK',
  'PIN',
  'UNPIN',
  'SUSPEND',
  'UNSUSPEND',
  'RESOLVE',
  'DISMISS',
];

/** The audit log's filters from its URL; a hand-edited value that makes no sense is left out rather than sent. */
export function logFilterFrom(params: ParamMap): ModerationLogFilter {
  const action = params.get('action');
  const date = (name: string) => {
    const value = params.get(name);
    return value && isIsoDate(value) ? value : null;
  };
  return {
    action: MODERATION_ACTIONS.find((known) => known === action) ?? null,
    moderatorId: params.get('moderator') || null,
    userId: params.get('user') || null,
    from: date('from'),
    to: date('to'),
  };
}

/** The URL query for the filters (empty ones dropped, so a cleared filter leaves a clean URL). */
export function logFilterParams(filter: ModerationLogFilter): Params {
  const params: Params = {
    action: filter.action,
    moderator: filter.moderatorId,
    user: filter.userId,
    from: filter.from,
    to: filter.to,
  };
  return Object.fromEntries(Object.entries(params).filter(([, value]) => !!value));
}
