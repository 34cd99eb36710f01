import { suspensionUntil } from './suspension-until.util';

describe('suspensionUntil', () => {
  const now = new Date('2026-11-25T10:00:00Z');

  it('counts the presets from now', () => {
    expect(suspensionUntil('day', null, now)).toBe('2026-11-26T10:00:00.000Z');
    expect(suspensionUntil('week', null, now)).toBe('2026-12-02T10:00:00.000Z');
    expect(suspensionUntil('month', null, now)).toBe('2026-12-25T10:00:00.000Z');
  });

  it('ends a chosen date at the start of that day in Helsinki, winter and summer time', () => {
    expect(suspensionUntil('custom', '2026-12-01', now)).toBe('2026-11-30T22:00:00.000Z');
    expect(suspensionUntil('custom', '2027-06-01', now)).toBe('2027-05-31T21:00:00.000Z');
  });

  it('refuses a missing, malformed, past or today’s date', () => {
    expect(suspensionUntil('custom', null, now)).toBeNull();
    expect(suspensionUntil('custom', '1.12.2026', now)).toBeNull();
    expect(suspensionUntil('custom', '2026-11-24', now)).toBeNull();
    expect(suspensionUntil('custom', '2026-11-25', now)).toBeNull();
  });
});
