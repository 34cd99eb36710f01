import type { FieldError } from './field-errors';

/** Limits on library branch fields, shared so the admin form and the API agree. */
export const BRANCH_NAME_MAX_LENGTH = 80;
export const BRANCH_SLUG_MAX_LENGTH = 60;

/** Lower-case ASCII words joined by single hyphens, e.g. `kirjasto-10`; the same pattern is a DB check. */
const BRANCH_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function checkBranchSlug(field: string, slug: string): FieldError | null {
  if (slug.length === 0) return { field, code: 'REQUIRED' };
  if (slug.length > BRANCH_SLUG_MAX_LENGTH) return { field, code: 'TOO_LONG', params: { max: BRANCH_SLUG_MAX_LENGTH } };
  return BRANCH_SLUG.test(slug) ? null : { field, code: 'INVALID_VALUE' };
}

/** A slug suggestion from a name: "Itäkeskus" → "itakeskus", "Kirjasto 10" → "kirjasto-10". */
export function suggestBranchSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, BRANCH_SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}
