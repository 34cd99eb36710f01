import type { AppConfig } from '@lukuhaaste/api/config';
import { provisionDatabase, type ProvisionedDatabase } from '@lukuhaaste/api/database';

export function provisionFromConfig(
  config: AppConfig,
  log: (message: string) => void = console.log,
): Promise<ProvisionedDatabase> {
  return provisionDatabase({
    databaseUrl: config.DATABASE_URL,
    embeddedDataDir: config.EMBEDDED_PG_DIR,
    embeddedPort: config.EMBEDDED_PG_PORT,
    log,
  });
}
