import { flattenTranslation } from './flatten-translation';

describe(flattenTranslation.name, () => {
  it('names each text by its path of keys', () => {
    expect(flattenTranslation({ app: { title: 'Lukuhaaste', nav: { home: 'Etusivu' } }, ok: 'OK' })).toEqual({
      'app.title': 'Lukuhaaste',
      'app.nav.home': 'Etusivu',
      ok: 'OK',
    });
  });

  it('leaves texts that are already flat as they are', () => {
    const flat = { 'app.title': 'Lukuhaaste', 'challenge.participants': '{{ count }} osallistujaa' };

    expect(flattenTranslation(flat)).toEqual(flat);
  });
});
