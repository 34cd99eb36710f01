import { checkLocalizedText, checkOptionalLocalizedText } from './check-localized-text.util';
import { checkPeriod, checkYear } from './challenge-field-checks.util';

const TITLE = { maxLength: 10, multiline: false };
const DESCRIPTION = { maxLength: 20, multiline: true };

describe(checkLocalizedText.name, () => {
  it('trims the texts and drops blank translations', () => {
    expect(checkLocalizedText('title', { fi: ' Kirja ', sv: '  ', en: ' Book' }, TITLE)).toEqual({
      problems: [],
      value: { fi: 'Kirja', en: 'Book' },
    });
  });

  it('requires a non-blank Finnish text', () => {
    expect(checkLocalizedText('title', { fi: ' \n ', sv: 'Bok' }, TITLE).problems).toEqual([
      { field: 'title.fi', code: 'REQUIRED' },
    ]);
  });

  it('reports each language with its own field path', () => {
    const { problems } = checkLocalizedText('title', { fi: 'x'.repeat(11), sv: 'a\u202Eb', en: 'two\nlines' }, TITLE);
    expect(problems).toEqual([
      { field: 'title.fi', code: 'TOO_LONG', params: { max: 10 } },
      { field: 'title.sv', code: 'INVALID_CHARACTERS' },
      { field: 'title.en', code: 'INVALID_CHARACTERS' },
    ]);
  });

  it('allows line breaks in descriptions but not NUL bytes', () => {
    expect(checkLocalizedText('description', { fi: 'rivi\nrivi' }, DESCRIPTION).problems).toEqual([]);
    expect(checkLocalizedText('description', { fi: 'a\u0000' }, DESCRIPTION).problems).toEqual([
      { field: 'description.fi', code: 'INVALID_CHARACTERS' },
    ]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkLocalizedText('title', { fi: '📚'.repeat(10) }, TITLE).problems).toEqual([]);
  });
});

describe(checkOptionalLocalizedText.name, () => {
  it('treats null and all-blank as no text', () => {
    expect(checkOptionalLocalizedText('description', null, DESCRIPTION)).toEqual({ problems: [], value: null });
    expect(checkOptionalLocalizedText('description', { fi: ' ', sv: '' }, DESCRIPTION)).toEqual({
      problems: [],
      value: null,
    });
  });

  it('requires Finnish when only a translation is given', () => {
    expect(checkOptionalLocalizedText('description', { fi: '', sv: 'Text' }, DESCRIPTION).problems).toEqual([
      { field: 'description.fi', code: 'REQUIRED' },
    ]);
  });
});

describe('challenge fields', () => {
  it('accepts years 2000..2100 only', () => {
    expect(checkYear('year', 2000)).toBeNull();
    expect(checkYear('year', 2100)).toBeNull();
    expect(checkYear('year', 1999)).toEqual({ field: 'year', code: 'OUT_OF_RANGE', params: { min: 2000, max: 2100 } });
    expect(checkYear('year', 2101)?.code).toBe('OUT_OF_RANGE');
  });

  it('rejects a period that ends before it starts', () => {
    expect(checkPeriod('2026-01-01', '2026-01-01')).toBeNull();
    expect(checkPeriod('2026-02-01', '2026-01-31')).toEqual({ field: 'endsOn', code: 'BEFORE_START' });
  });
});
