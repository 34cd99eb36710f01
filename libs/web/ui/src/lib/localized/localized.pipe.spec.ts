import { LocalizedPipe } from './localized.pipe';

describe(LocalizedPipe.name, () => {
  const pipe = new LocalizedPipe();
  const title = { fi: 'Kirja, jonka nimessä on väri', sv: 'En bok med en färg i titeln', en: null };

  it('picks the text of the active language', () => {
    expect(pipe.transform(title, 'sv')).toBe('En bok med en färg i titeln');
    expect(pipe.transform(title, 'fi')).toBe('Kirja, jonka nimessä on väri');
  });

  it('falls back to Finnish when a translation is missing or blank', () => {
    expect(pipe.transform(title, 'en')).toBe('Kirja, jonka nimessä on väri');
    expect(pipe.transform({ ...title, en: '  ' }, 'en')).toBe('Kirja, jonka nimessä on väri');
  });

  it('renders nothing for a missing text', () => {
    expect(pipe.transform(null, 'en')).toBe('');
  });
});
