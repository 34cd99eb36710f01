import { checkSingleLineText, hasForbiddenCharacters, isPlausibleEmail } from './text-rules';

describe('checkSingleLineText', () => {
  it('accepts names with accents, emoji and scripts of any direction', () => {
    for (const name of ['Ääkköset ja Åland', 'Tove 🐉📚', 'עברית ومرحبا', 'e\u0301']) {
      expect(checkSingleLineText('displayName', name, 1, 40)).toBeNull();
    }
  });

  it('rejects blank, control characters, NUL and bidi overrides', () => {
    expect(checkSingleLineText('displayName', '   ', 2, 40)?.code).toBe('REQUIRED');
    expect(checkSingleLineText('displayName', 'nul\u0000byte', 2, 40)?.code).toBe('INVALID_CHARACTERS');
    expect(checkSingleLineText('displayName', '\u202Eevil', 2, 40)?.code).toBe('INVALID_CHARACTERS');
    expect(checkSingleLineText('displayName', 'two\nlines', 2, 40)?.code).toBe('INVALID_CHARACTERS');
  });

  it('counts characters, not UTF-16 units, against the limits', () => {
    expect(checkSingleLineText('displayName', '📚', 2, 40)).toEqual({
      field: 'displayName',
      code: 'TOO_SHORT',
      params: { min: 2 },
    });
    expect(checkSingleLineText('displayName', '📚'.repeat(40), 2, 40)).toBeNull();
    expect(checkSingleLineText('displayName', 'x'.repeat(41), 2, 40)?.code).toBe('TOO_LONG');
  });
});

describe('hasForbiddenCharacters', () => {
  it('allows zero-width joiners used inside emoji', () => {
    expect(hasForbiddenCharacters('👩\u200D💻')).toBe(false);
  });
});

describe('isPlausibleEmail', () => {
  it('accepts ordinary addresses and rejects obvious non-addresses', () => {
    expect(isPlausibleEmail('maija.meikalainen@example.fi')).toBe(true);
    expect(isPlausibleEmail('maija@localhost')).toBe(false);
    expect(isPlausibleEmail('maija meikäläinen@example.fi')).toBe(false);
    expect(isPlausibleEmail("' OR '1'='1")).toBe(false);
  });
});
