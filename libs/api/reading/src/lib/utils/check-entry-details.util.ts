import {
  RATING_MAX,
  RATING_MIN,
  REVIEW_MAX_LENGTH,
  checkFinishedOn,
  hasForbiddenCharacters,
  type FieldError,
} from '@lukuhaaste/shared/util-rules';

export interface EntryDetails {
  finishedOn?: string | null;
  rating?: number | null;
  review?: string | null;
}

export interface ChallengePeriod {
  startsOn: string;
  endsOn: string;
}

/** Rules on the optional extras of a logged book; only the fields present are checked. */
export function checkEntryDetails(details: EntryDetails, period: ChallengePeriod, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (details.finishedOn != null) {
    const problem = checkFinishedOn(details.finishedOn, period, today);
    if (problem) problems.push({ field: 'finishedOn', code: problem });
  }
  if (
    details.rating != null &&
    (!Number.isInteger(details.rating) || details.rating < RATING_MIN || details.rating > RATING_MAX)
  ) {
    problems.push({ field: 'rating', code: 'OUT_OF_RANGE', params: { min: RATING_MIN, max: RATING_MAX } });
  }
  if (details.review != null) {
    if ([...details.review].length > REVIEW_MAX_LENGTH)
      problems.push({ field: 'review', code: 'TOO_LONG', params: { max: REVIEW_MAX_LENGTH } });
    else if (hasForbiddenCharacters(details.review)) problems.push({ field: 'review', code: 'INVALID_CHARACTERS' });
  }
  return problems;
}

/** A blank review is no review. */
export function normalizeReview(review: string | null | undefined): string | null | undefined {
  return review == null ? review : review.trim() === '' ? null : review;
}
