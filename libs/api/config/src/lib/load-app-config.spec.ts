import { InvalidConfigError, loadAppConfig } from './load-app-config';

describe(loadAppConfig.name, () => {
  it('applies defaults for an empty environment', () => {
    const config = loadAppConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      EMBEDDED_PG_PORT: 54320,
      COOKIE_SECURE: false,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('parses numbers and booleans and treats blank values as unset', () => {
    const config = loadAppConfig({ PORT: '8080', COOKIE_SECURE: 'true', DATABASE_URL: '' });
    expect(config.PORT).toBe(8080);
    expect(config.COOKIE_SECURE).toBe(true);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names every malformed variable', () => {
    let error: unknown;
    try {
      loadAppConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://localhost/db', COOKIE_SECURE: 'yes' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('COOKIE_SECURE');
  });
});
