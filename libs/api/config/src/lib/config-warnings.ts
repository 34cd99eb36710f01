import type { AppConfig } from './app-config.schema';

/** Allowed but risky choices, logged at start-up so an operator sees them. */
export function configWarnings(config: AppConfig): string[] {
  const warnings: string[] = [];
  // Listening on loopback only (npm start), the cookie never leaves the machine.
  if (config.NODE_ENV === 'production' && !config.COOKIE_SECURE && !isLoopbackHost(config.HOST)) {
    warnings.push(
      'COOKIE_SECURE=false in production: the session cookie is also sent over plain HTTP. Keep this only on a closed intranet without TLS.',
    );
  }
  return warnings;
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
