import type { HiddenBy } from '../services/discussion-moderation.service';

/** The moderation columns comments and suggestions share, as one update: set together, cleared together. */
export function hiddenColumns(hidden: boolean, by: HiddenBy) {
  return hidden
    ? {
        hiddenAt: () => 'now()',
        hiddenById: by.moderatorId,
        hiddenReason: by.reason,
        hiddenAutomatically: by.automatic,
      }
    : { hiddenAt: null, hiddenById: null, hiddenReason: null, hiddenAutomatically: false };
}
