import type { AppConfig } from './app-config.schema';
import { publicOrigin } from './public-origin';

/** Allowed but risky choices, logged at start-up so an operator sees them. */
export function configWarnings(config: AppConfig): string[] {
  const warnings: string[] = [];
  // Listening on loopback only (npm start), the cookie never leaves the machine.
  if (config.NODE_ENV === 'production' && !config.COOKIE_SECURE && !isLoopbackHost(config.HOST)) {
    warnings.push(
      'COOKIE_SECURE=false in production: the session cookie is also sent over plain HTTP. Keep this only on a closed intranet without TLS.',
    );
  }
  // Reached through other names than its own, the server cannot know the one readers use.
  if (config.NODE_ENV === 'production' && !config.PUBLIC_URL && !isLoopbackHost(config.HOST)) {
    warnings.push(
      `PUBLIC_URL is unset in production: shared links and canonical addresses in pages name ${publicOrigin(config)}. Set it to the address readers open.`,
    );
  }
  return warnings;
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
