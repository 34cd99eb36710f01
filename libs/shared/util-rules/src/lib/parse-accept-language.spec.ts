import { parseAcceptLanguage } from './parse-accept-language';

describe(parseAcceptLanguage.name, () => {
  it('lists the tags by quality, keeping the header’s order among equals', () => {
    expect(parseAcceptLanguage('en;q=0.5, sv-FI, fi;q=0.9, sv;q=0.9')).toEqual(['sv-FI', 'fi', 'sv', 'en']);
  });

  it('leaves out refused languages and the wildcard', () => {
    expect(parseAcceptLanguage('fi;q=0, *;q=0.1, sv')).toEqual(['sv']);
  });

  it('reads a missing or empty header as no preference', () => {
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage('')).toEqual([]);
  });
});
