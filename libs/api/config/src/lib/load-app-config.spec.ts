import { configWarnings } from './config-warnings';
import { InvalidConfigError, loadAppConfig } from './load-app-config';
import { publicOrigin } from './public-origin';

function problemsOf(env: Record<string, string>): string {
  try {
    loadAppConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe(loadAppConfig.name, () => {
  it('applies defaults for an empty environment', () => {
    const config = loadAppConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      EMBEDDED_PG_PORT: 54320,
      COOKIE_SECURE: false,
      TRUST_PROXY: false,
      RATE_LIMIT_TRUSTED_NETWORKS: [],
      DATABASE_STATEMENT_TIMEOUT_MS: 15_000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 10_000,
      DATABASE_CONNECT_TIMEOUT_MS: 5_000,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('parses numbers and booleans and treats blank values as unset', () => {
    const config = loadAppConfig({ PORT: '8080', COOKIE_SECURE: 'true', DATABASE_URL: '' });
    expect(config.PORT).toBe(8080);
    expect(config.COOKIE_SECURE).toBe(true);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('gives in-flight requests 8 s on shutdown unless configured, at most 10 s', () => {
    expect(loadAppConfig({}).SHUTDOWN_TIMEOUT_MS).toBe(8_000);
    expect(loadAppConfig({ SHUTDOWN_TIMEOUT_MS: '3000' }).SHUTDOWN_TIMEOUT_MS).toBe(3_000);
    expect(problemsOf({ SHUTDOWN_TIMEOUT_MS: '0' })).toContain('SHUTDOWN_TIMEOUT_MS');
    expect(problemsOf({ SHUTDOWN_TIMEOUT_MS: '30000' })).toContain('SHUTDOWN_TIMEOUT_MS');
  });

  it('hides reported items at 3 distinct reporters unless configured, never below 1', () => {
    expect(loadAppConfig({}).MODERATION_AUTO_HIDE_THRESHOLD).toBe(3);
    expect(loadAppConfig({ MODERATION_AUTO_HIDE_THRESHOLD: '5' }).MODERATION_AUTO_HIDE_THRESHOLD).toBe(5);
    expect(problemsOf({ MODERATION_AUTO_HIDE_THRESHOLD: '0' })).toContain('MODERATION_AUTO_HIDE_THRESHOLD');
    expect(problemsOf({ MODERATION_AUTO_HIDE_THRESHOLD: '2.5' })).toContain('MODERATION_AUTO_HIDE_THRESHOLD');
  });

  it('caches statistics for 60 s unless configured, not at all under test, at most an hour', () => {
    expect(loadAppConfig({}).STATS_CACHE_TTL_SECONDS).toBe(60);
    expect(loadAppConfig({ NODE_ENV: 'production' }).STATS_CACHE_TTL_SECONDS).toBe(60);
    expect(loadAppConfig({ NODE_ENV: 'test' }).STATS_CACHE_TTL_SECONDS).toBe(0);
    expect(loadAppConfig({ NODE_ENV: 'test', STATS_CACHE_TTL_SECONDS: '30' }).STATS_CACHE_TTL_SECONDS).toBe(30);
    expect(loadAppConfig({ STATS_CACHE_TTL_SECONDS: '0' }).STATS_CACHE_TTL_SECONDS).toBe(0);
    expect(problemsOf({ STATS_CACHE_TTL_SECONDS: '3601' })).toContain('STATS_CACHE_TTL_SECONDS');
    expect(problemsOf({ STATS_CACHE_TTL_SECONDS: '-1' })).toContain('STATS_CACHE_TTL_SECONDS');
  });

  it('names every malformed variable', () => {
    const message = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://localhost/db', COOKIE_SECURE: 'yes' });
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('COOKIE_SECURE');
  });

  describe('TRUST_PROXY', () => {
    it.each([
      ['false', false],
      ['0', false],
      ['1', 1],
      ['2', 2],
      [
        '172.18.0.0/16, ::1',
        [
          { address: '172.18.0.0', prefix: 16, family: 'ipv4' },
          { address: '::1', prefix: 128, family: 'ipv6' },
        ],
      ],
    ])('reads %j', (value, expected) => {
      expect(loadAppConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
    });

    it('refuses "true", which would let clients choose their own address', () => {
      expect(problemsOf({ TRUST_PROXY: 'true' })).toMatch(
        /TRUST_PROXY: "true" would trust a client-sent X-Forwarded-For/,
      );
    });

    it('refuses a malformed proxy address', () => {
      expect(problemsOf({ TRUST_PROXY: '10.0.0.0/8,proxy' })).toContain('TRUST_PROXY: "proxy" is not');
    });
  });

  it('reads trusted networks and names a malformed one', () => {
    expect(loadAppConfig({ RATE_LIMIT_TRUSTED_NETWORKS: '10.1.0.0/16' }).RATE_LIMIT_TRUSTED_NETWORKS).toEqual([
      { address: '10.1.0.0', prefix: 16, family: 'ipv4' },
    ]);
    expect(problemsOf({ RATE_LIMIT_TRUSTED_NETWORKS: '10.1.0.0/40' })).toContain(
      'RATE_LIMIT_TRUSTED_NETWORKS: "10.1.0.0/40" is not',
    );
  });

  describe('METRICS_*', () => {
    it('serves metrics to loopback only unless told otherwise', () => {
      const config = loadAppConfig({});
      expect(config.METRICS_ENABLED).toBe(true);
      expect(config.METRICS_ALLOWED_NETWORKS).toEqual([
        { address: '127.0.0.0', prefix: 8, family: 'ipv4' },
        { address: '::1', prefix: 128, family: 'ipv6' },
      ]);
      expect(loadAppConfig({ METRICS_ALLOWED_NETWORKS: '10.2.0.0/16' }).METRICS_ALLOWED_NETWORKS).toEqual([
        { address: '10.2.0.0', prefix: 16, family: 'ipv4' },
      ]);
      expect(loadAppConfig({ METRICS_ENABLED: 'false' }).METRICS_ENABLED).toBe(false);
    });

    it('names a malformed network', () => {
      expect(problemsOf({ METRICS_ALLOWED_NETWORKS: 'prometheus' })).toContain(
        'METRICS_ALLOWED_NETWORKS: "prometheus" is not',
      );
    });
  });

  describe('REDIS_URL', () => {
    it('is unset by default (subscriptions stay in this process) and takes redis:// and rediss:// URLs', () => {
      expect(loadAppConfig({}).REDIS_URL).toBeUndefined();
      expect(loadAppConfig({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).REDIS_URL).toBe('redis://127.0.0.1:6379/0');
      expect(loadAppConfig({ REDIS_URL: 'rediss://:s3cret@cache.example.fi:6380' }).REDIS_URL).toBe(
        'rediss://:s3cret@cache.example.fi:6380',
      );
    });

    it.each(['http://cache:6379', 'cache:6379', '127.0.0.1:6379', 'redis'])('refuses %j', (value) => {
      expect(problemsOf({ REDIS_URL: value })).toContain('REDIS_URL');
    });
  });

  describe('WEBSOCKET_ALLOWED_ORIGINS', () => {
    it('is empty by default and reduces each listed entry to its origin', () => {
      expect(loadAppConfig({}).WEBSOCKET_ALLOWED_ORIGINS).toEqual([]);
      expect(
        loadAppConfig({ WEBSOCKET_ALLOWED_ORIGINS: 'http://localhost:4200, https://lukuhaaste.example.fi/app/,' })
          .WEBSOCKET_ALLOWED_ORIGINS,
      ).toEqual(['http://localhost:4200', 'https://lukuhaaste.example.fi']);
    });

    it('names the variable for an entry that is not a URL', () => {
      expect(problemsOf({ WEBSOCKET_ALLOWED_ORIGINS: 'http://localhost:4200,localhost' })).toContain(
        'WEBSOCKET_ALLOWED_ORIGINS',
      );
    });
  });

  describe('PUBLIC_URL', () => {
    it('keeps the origin of an http(s) address, and without one pages are addressed where the server listens', () => {
      expect(loadAppConfig({ PUBLIC_URL: 'https://lukuhaaste.example.fi/' }).PUBLIC_URL).toBe(
        'https://lukuhaaste.example.fi',
      );
      expect(publicOrigin(loadAppConfig({ PUBLIC_URL: 'https://Lukuhaaste.example.fi:8443' }))).toBe(
        'https://lukuhaaste.example.fi:8443',
      );
      expect(publicOrigin(loadAppConfig({}))).toBe('http://127.0.0.1:3000');
      expect(publicOrigin(loadAppConfig({ HOST: '0.0.0.0', PORT: '8080' }))).toBe('http://localhost:8080');
      expect(publicOrigin(loadAppConfig({ HOST: '::1' }))).toBe('http://[::1]:3000');
    });

    it.each([
      'lukuhaaste.example.fi',
      'ftp://lukuhaaste.example.fi',
      'https://example.fi/lukuhaaste',
      'https://example.fi/?a=1',
    ])('refuses %j', (value) => {
      expect(problemsOf({ PUBLIC_URL: value })).toContain('PUBLIC_URL');
    });
  });

  describe('in production', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://app:s3cret@db/lukuhaaste' };

    it('sends the session cookie only over HTTPS unless told otherwise, and warns when told', () => {
      const secure = loadAppConfig(production);
      expect(secure.COOKIE_SECURE).toBe(true);
      expect(configWarnings(secure)).toEqual([]);
      const intranet = loadAppConfig({
        ...production,
        HOST: '0.0.0.0',
        COOKIE_SECURE: 'false',
        PUBLIC_URL: 'http://lukuhaaste.intra',
      });
      expect(intranet.COOKIE_SECURE).toBe(false);
      expect(configWarnings(intranet)).toEqual([expect.stringContaining('COOKIE_SECURE=false in production')]);
    });

    it('warns when it listens beyond loopback without knowing the address readers open', () => {
      expect(configWarnings(loadAppConfig({ ...production, HOST: '0.0.0.0' }))).toEqual([
        expect.stringContaining('PUBLIC_URL is unset in production'),
      ]);
      expect(configWarnings(loadAppConfig({ ...production, HOST: '0.0.0.0', PUBLIC_URL: 'https://a.fi' }))).toEqual([]);
    });

    it('does not warn about plain-HTTP cookies when it listens on loopback only (npm start)', () => {
      for (const HOST of ['127.0.0.1', 'localhost', '::1']) {
        expect(configWarnings(loadAppConfig({ ...production, HOST, COOKIE_SECURE: 'false' }))).toEqual([]);
      }
    });

    it('refuses the example database password from docker/compose.yaml', () => {
      expect(
        problemsOf({ ...production, DATABASE_URL: 'postgres://lukuhaaste:change-me@postgres:5432/lukuhaaste' }),
      ).toMatch(/DATABASE_URL: uses the example password "change-me"/);
      expect(problemsOf({ ...production, DATABASE_READ_URL: 'postgres://ro:change-me@replica/lukuhaaste' })).toContain(
        'DATABASE_READ_URL',
      );
    });

    it('refuses demo accounts', () => {
      expect(problemsOf({ ...production, SEED_DEMO_DATA: 'true' })).toMatch(/SEED_DEMO_DATA: demo accounts/);
      expect(loadAppConfig({ ...production, SEED_DEMO_DATA: 'false' }).SEED_DEMO_DATA).toBe(false);
    });

    it('allows all of these outside production', () => {
      const config = loadAppConfig({
        DATABASE_URL: 'postgres://lukuhaaste:change-me@localhost/lukuhaaste',
        SEED_DEMO_DATA: 'true',
      });
      expect(config.SEED_DEMO_DATA).toBe(true);
    });
  });
});
