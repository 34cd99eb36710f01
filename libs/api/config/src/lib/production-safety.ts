import type { z } from 'zod';

/** The database password docker/compose.yaml fell back to before it required one; still in old volumes and copied URLs. */
export const SHIPPED_DATABASE_PASSWORD = 'change-me';

interface SafetyRelevantSettings {
  NODE_ENV: string;
  DATABASE_URL?: string;
  DATABASE_READ_URL?: string;
  SEED_DEMO_DATA?: boolean;
}

function usesShippedPassword(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return decodeURIComponent(new URL(url).password) === SHIPPED_DATABASE_PASSWORD;
  } catch {
    return false;
  }
}

/**
 * Settings that are fine on a laptop but dangerous on the internet stop a
 * production start, each with the variable to change.
 */
export function refuseUnsafeProductionSettings(settings: SafetyRelevantSettings, ctx: z.RefinementCtx): void {
  if (settings.NODE_ENV !== 'production') return;
  for (const variable of ['DATABASE_URL', 'DATABASE_READ_URL'] as const) {
    if (usesShippedPassword(settings[variable])) {
      ctx.addIssue({
        code: 'custom',
        path: [variable],
        message: `uses the example password "${SHIPPED_DATABASE_PASSWORD}" (older docker/compose.yaml files fell back to it); set a real one (LUKUHAASTE_DB_PASSWORD in the compose stack) before running in production`,
      });
    }
  }
  if (settings.SEED_DEMO_DATA === true) {
    ctx.addIssue({
      code: 'custom',
      path: ['SEED_DEMO_DATA'],
      message: 'demo accounts have published passwords and are refused when NODE_ENV=production',
    });
  }
}
