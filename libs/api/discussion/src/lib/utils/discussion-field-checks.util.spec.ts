import { checkCommentBody, checkThreadTitle } from './discussion-field-checks.util';

describe(checkCommentBody.name, () => {
  it('trims and accepts ordinary markdown', () => {
    expect(checkCommentBody('body', '  **Hyvä** kirja!\n')).toEqual({ value: '**Hyvä** kirja!', problem: null });
  });

  it('requires text unless a shared book may stand alone', () => {
    expect(checkCommentBody('body', ' \n ').problem).toEqual({ field: 'body', code: 'REQUIRED' });
    expect(checkCommentBody('body', '', true).problem).toBeNull();
  });

  it('counts characters, not UTF-16 units, against the 4000 limit', () => {
    expect(checkCommentBody('body', '📚'.repeat(4000)).problem).toBeNull();
    expect(checkCommentBody('body', 'a'.repeat(4001)).problem).toEqual({
      field: 'body',
      code: 'TOO_LONG',
      params: { max: 4000 },
    });
  });

  it('refuses NUL bytes and bidi overrides', () => {
    expect(checkCommentBody('body', 'a\u0000b').problem?.code).toBe('INVALID_CHARACTERS');
    expect(checkCommentBody('body', 'a\u202Eb').problem?.code).toBe('INVALID_CHARACTERS');
  });
});

describe(checkThreadTitle.name, () => {
  it('needs 3 to 120 characters on one line', () => {
    expect(checkThreadTitle('title', ' Vinkkejä kohtaan 23? ')).toEqual({
      value: 'Vinkkejä kohtaan 23?',
      problem: null,
    });
    expect(checkThreadTitle('title', 'ab').problem?.code).toBe('TOO_SHORT');
    expect(checkThreadTitle('title', 'a'.repeat(121)).problem?.code).toBe('TOO_LONG');
    expect(checkThreadTitle('title', 'two\nlines').problem?.code).toBe('INVALID_CHARACTERS');
  });
});
