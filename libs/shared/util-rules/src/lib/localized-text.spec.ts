import { missingTranslations, pickLocalized } from './localized-text';

describe(pickLocalized.name, () => {
  it('uses the wanted language and falls back to Finnish when it is blank or missing', () => {
    const text = { fi: 'Kirja lahjaksi', sv: 'En bok i present', en: '  ' };
    expect(pickLocalized(text, 'sv')).toBe('En bok i present');
    expect(pickLocalized(text, 'en')).toBe('Kirja lahjaksi');
    expect(pickLocalized({ fi: 'Vain suomeksi' }, 'sv')).toBe('Vain suomeksi');
  });
});

describe(missingTranslations.name, () => {
  it('lists the optional languages without text', () => {
    expect(missingTranslations({ fi: 'a', sv: 'b', en: null })).toEqual(['en']);
    expect(missingTranslations({ fi: 'a', sv: 'b', en: 'c' })).toEqual([]);
  });
});
