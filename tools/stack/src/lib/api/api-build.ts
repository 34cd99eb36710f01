import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ApiBuild {
  /** The server's entry point. */
  main: string;
  /** The migrate CLI (`npm run db:migrate` without the build). */
  migrate: string;
  /** The web app's build, which the instances serve (they decide what in it they need); null when not built. */
  webDist: string | null;
}

/** The API and web app as `npm run build` leaves them in `distDir`. */
export function findApiBuild(distDir: string): ApiBuild {
  const main = join(distDir, 'apps/api/apps/api/src/main.js');
  if (!existsSync(main)) throw new Error(`No built API at ${main}: run \`npm run build\` first.`);
  const webDist = join(distDir, 'apps/web/browser');
  return {
    main,
    migrate: join(distDir, 'apps/api/apps/api/src/cli/migrate.js'),
    webDist: existsSync(webDist) ? webDist : null,
  };
}

/**
 * Applies pending migrations once, before any instance starts, as a deploy
 * does: instances then find nothing to apply and never race each other.
 */
export function migrateOnce(build: ApiBuild, databaseUrl: string): string {
  const result = spawnSync(process.execPath, [build.migrate], {
    env: { PATH: process.env['PATH'], NODE_ENV: 'production', DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Migrations failed:\n${result.stderr || result.stdout}`);
  return result.stdout.trim();
}
