import type { AppConfig } from './app-config.schema';

/** Allowed but risky choices, logged at start-up so an operator sees them. */
export function configWarnings(config: AppConfig): string[] {
  const warnings: string[] = [];
  if (config.NODE_ENV === 'production' && !config.COOKIE_SECURE) {
    warnings.push(
      'COOKIE_SECURE=false in production: the session cookie is also sent over plain HTTP. Keep this only on a closed intranet without TLS.',
    );
  }
  return warnings;
}
