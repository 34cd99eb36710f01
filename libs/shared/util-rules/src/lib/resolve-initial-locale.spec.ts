import { resolveInitialLocale } from './resolve-initial-locale';

describe(resolveInitialLocale.name, () => {
  it("prefers the logged-in user's language", () => {
    expect(resolveInitialLocale({ userLocale: 'en', storedLocale: 'sv', browserLanguages: ['fi-FI'] })).toBe('en');
  });

  it('then the language this browser chose before', () => {
    expect(resolveInitialLocale({ userLocale: null, storedLocale: 'sv', browserLanguages: ['en-GB'] })).toBe('sv');
  });

  it('then the first supported browser language', () => {
    expect(resolveInitialLocale({ storedLocale: 'de', browserLanguages: ['de-DE', 'sv-FI', 'en'] })).toBe('sv');
  });

  it('falls back to Finnish', () => {
    expect(resolveInitialLocale({ browserLanguages: ['de-DE', 'fr'] })).toBe('fi');
    expect(resolveInitialLocale({})).toBe('fi');
  });
});
