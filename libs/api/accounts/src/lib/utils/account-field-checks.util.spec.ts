import { checkDisplayName, checkEmail, checkNewPassword } from './account-field-checks.util';

describe('account field checks', () => {
  it('requires a plausible email without control characters', () => {
    expect(checkEmail('  ')).toEqual({ field: 'email', code: 'REQUIRED' });
    expect(checkEmail('not-an-email')?.code).toBe('INVALID_EMAIL');
    expect(checkEmail('nul\u0000@example.fi')?.code).toBe('INVALID_EMAIL');
    expect(checkEmail(`${'a'.repeat(250)}@example.fi`)?.code).toBe('TOO_LONG');
    expect(checkEmail('lukija@example.fi')).toBeNull();
  });

  it('asks for passwords of at least 10 characters and accepts any characters', () => {
    expect(checkNewPassword('password', 'short')).toEqual({
      field: 'password',
      code: 'TOO_SHORT',
      params: { min: 10 },
    });
    expect(checkNewPassword('password', "' OR '1'='1 \u0000 🐉")).toBeNull();
    expect(checkNewPassword('newPassword', 'x'.repeat(257))?.code).toBe('TOO_LONG');
  });

  it('checks display names with the shared single-line rules', () => {
    expect(checkDisplayName('Kirjamyyrä 4821')).toBeNull();
    expect(checkDisplayName('\u202Eevil')?.code).toBe('INVALID_CHARACTERS');
  });
});
