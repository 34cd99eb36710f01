import { z } from 'zod';
import { networkListFromEnv, trustProxyFromEnv } from './network/network-settings';
import { refuseUnsafeProductionSettings } from './production-safety';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// or postgresql:// URL');

/** Comma-separated origins such as `http://localhost:4200`, each reduced to scheme://host[:port]. */
const originListFromEnv = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .string()
        .url()
        .transform((entry) => new URL(entry).origin),
    ),
  );

/**
 * Where readers open the app, e.g. `https://lukuhaaste.example.fi`: an http(s)
 * origin without a path (the web app is served from `/`), kept as that origin.
 */
const publicUrlFromEnv = z
  .string()
  .url()
  .refine((value) => {
    // Zod runs refinements after a failed url() check too.
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash && !url.username;
  }, 'must be an http:// or https:// address without a path, e.g. https://lukuhaaste.example.fi')
  .transform((value) => new URL(value).origin);

/** Milliseconds; 0 switches the timeout off. */
const timeoutMs = (fallback: number) => z.coerce.number().int().min(0).max(3_600_000).default(fallback);

/**
 * Every setting the API reads from the environment. Unknown variables are
 * ignored; a present but malformed one stops start-up with its name.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: publicUrlFromEnv.optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_READ_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Sent as startup parameters, so they hold per connection without session state. */
  DATABASE_STATEMENT_TIMEOUT_MS: timeoutMs(15_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: timeoutMs(10_000),
  /** Opening a connection and waiting for a free one in the pool. */
  DATABASE_CONNECT_TIMEOUT_MS: timeoutMs(5_000),
  /**
   * On SIGTERM/SIGINT, how long in-flight requests may take before the process
   * exits regardless: below a process manager's kill delay (docker stop: 10 s),
   * and at most 10 s, after which Apollo's Fastify drain cuts connections anyway.
   */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(8_000),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/pg'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54320),
  SEED_DEMO_DATA: booleanFromEnv.optional(),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Unset means on in production, off elsewhere. */
  COOKIE_SECURE: booleanFromEnv.optional(),
  TRUST_PROXY: trustProxyFromEnv.default(false),
  /** Networks (e.g. the library's own) whose addresses skip the per-IP rate limits. */
  RATE_LIMIT_TRUSTED_NETWORKS: networkListFromEnv.default([]),
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web/browser'),
  /** Outside catalogue for unknown ISBNs; the app works fully offline with `none`. */
  BOOK_LOOKUP: z.enum(['none', 'openlibrary']).default('none'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Pub/sub for subscriptions across API instances; unset keeps it in this process (one instance only). */
  REDIS_URL: z
    .string()
    .url()
    .refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Origins besides the API's own allowed to open subscription websockets (comma-separated, e.g. a dev server). */
  WEBSOCKET_ALLOWED_ORIGINS: originListFromEnv.default([]),
  /** Prometheus metrics at GET /metrics; off also skips collecting them on every request. */
  METRICS_ENABLED: booleanFromEnv.default(true),
  /** Who may scrape /metrics (it reveals operation names and load): both the peer and the client IP must match. */
  METRICS_ALLOWED_NETWORKS: networkListFromEnv.prefault('127.0.0.0/8,::1'),
  /**
   * How long a challenge's statistics (per branch) are answered from the cache (Redis with REDIS_URL, else
   * memory) before they are computed again; 0 turns the cache off. Unset: 60, and 0 under NODE_ENV=test.
   */
  STATS_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
  /** Distinct readers with an open report on a comment or suggestion that hide it until a moderator looks. */
  MODERATION_AUTO_HIDE_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(3),
});

export const appConfigSchema = environmentSchema.superRefine(refuseUnsafeProductionSettings).transform((settings) => ({
  ...settings,
  COOKIE_SECURE: settings.COOKIE_SECURE ?? settings.NODE_ENV === 'production',
  // Tests see their own writes at once unless a test turns the cache on.
  STATS_CACHE_TTL_SECONDS: settings.STATS_CACHE_TTL_SECONDS ?? (settings.NODE_ENV === 'test' ? 0 : 60),
}));

export type AppConfig = z.infer<typeof appConfigSchema>;
