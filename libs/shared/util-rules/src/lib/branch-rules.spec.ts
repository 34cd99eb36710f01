import { BRANCH_SLUG_MAX_LENGTH, checkBranchSlug, suggestBranchSlug } from './branch-rules';

describe('checkBranchSlug', () => {
  it.each(['oodi', 'kirjasto-10', 'a1-b2-c3'])('accepts %s', (slug) => {
    expect(checkBranchSlug('slug', slug)).toBeNull();
  });

  it.each(['Oodi', 'itäkeskus', '-oodi', 'oodi-', 'a--b', 'a b', 'oodi\u0000'])('rejects %j', (slug) => {
    expect(checkBranchSlug('slug', slug)).toEqual({ field: 'slug', code: 'INVALID_VALUE' });
  });

  it('requires a slug and caps its length', () => {
    expect(checkBranchSlug('slug', '')).toEqual({ field: 'slug', code: 'REQUIRED' });
    expect(checkBranchSlug('slug', 'a'.repeat(BRANCH_SLUG_MAX_LENGTH + 1))).toEqual({
      field: 'slug',
      code: 'TOO_LONG',
      params: { max: BRANCH_SLUG_MAX_LENGTH },
    });
  });
});

describe('suggestBranchSlug', () => {
  it.each([
    ['Itäkeskus', 'itakeskus'],
    ['Kirjasto 10', 'kirjasto-10'],
    ['  Sello — Espoo ', 'sello-espoo'],
    ['Åbo', 'abo'],
    ['!!!', ''],
  ])('%j → %j', (name, slug) => {
    expect(suggestBranchSlug(name)).toBe(slug);
  });

  it('gives slugs the slug check accepts, within the length limit', () => {
    const slug = suggestBranchSlug(`${'pitkä nimi '.repeat(10)}`);
    expect(slug.length).toBeLessThanOrEqual(BRANCH_SLUG_MAX_LENGTH);
    expect(checkBranchSlug('slug', slug)).toBeNull();
  });
});
