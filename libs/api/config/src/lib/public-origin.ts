import type { AppConfig } from './app-config.schema';

/**
 * The origin readers open the app at: PUBLIC_URL, or without it the address
 * the server listens on (a wildcard address read as localhost). Links the
 * server writes into pages (canonical, og:url) use it, never the request's
 * Host header, which the client chooses.
 */
export function publicOrigin(config: Pick<AppConfig, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  return new URL(`http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}`).origin;
}
