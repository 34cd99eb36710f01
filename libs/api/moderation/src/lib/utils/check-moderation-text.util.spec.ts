import { checkModerationText } from './check-moderation-text.util';

describe(checkModerationText.name, () => {
  it('treats blank as absent, which only a required text refuses', () => {
    expect(checkModerationText('note', '  ', { max: 10, required: false })).toEqual({ problem: null, text: null });
    expect(checkModerationText('reason', null, { max: 10, required: true }).problem).toEqual({
      field: 'reason',
      code: 'REQUIRED',
    });
  });

  it('keeps the text as typed, line breaks included, and counts characters not UTF-16 units', () => {
    expect(checkModerationText('note', 'Spoiler!\nSee line 2', { max: 50, required: false }).text).toBe(
      'Spoiler!\nSee line 2',
    );
    expect(checkModerationText('note', '🐉'.repeat(10), { max: 10, required: false }).problem).toBeNull();
    expect(checkModerationText('note', 'x'.repeat(11), { max: 10, required: false }).problem).toEqual({
      field: 'note',
      code: 'TOO_LONG',
      params: { max: 10 },
    });
  });

  it('refuses NUL and bidi overrides', () => {
    expect(checkModerationText('reason', 'a\u0000b', { max: 10, required: true }).problem?.code).toBe(
      'INVALID_CHARACTERS',
    );
    expect(checkModerationText('reason', '\u202Eevil', { max: 10, required: true }).problem?.code).toBe(
      'INVALID_CHARACTERS',
    );
  });
});
