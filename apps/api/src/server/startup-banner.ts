import { publicOrigin, type AppConfig } from '@lukuhaaste/api/config';
import type { DemoLogin } from '@lukuhaaste/api/seed';
import { isAbsolute, relative } from 'node:path';

export interface BannerFacts {
  config: AppConfig;
  /** Where the embedded server keeps its data; null with DATABASE_URL. */
  embeddedDataDir: string | null;
  servesWebApp: boolean;
  demoLogins: DemoLogin[];
  startupMs: number;
}

/** The few lines a person trying the app needs: where it is and how to log in. */
export function printStartupBanner({
  config,
  embeddedDataDir,
  servesWebApp,
  demoLogins,
  startupMs,
}: BannerFacts): void {
  const url = publicOrigin(config);
  const lines = [
    '',
    `Lukuhaaste is running at ${url}/  (started in ${(startupMs / 1000).toFixed(1)} s)`,
    `  GraphQL API: ${url}/graphql    health: ${url}/health/ready`,
    `  Database: ${embeddedDataDir ? `embedded PostgreSQL in ${shortPath(embeddedDataDir)} (port ${config.EMBEDDED_PG_PORT})` : 'DATABASE_URL'}`,
  ];
  if (!servesWebApp) lines.push(`  Web app: not built (nothing in ${config.WEB_DIST_DIR}); run npm run build`);
  if (demoLogins.length > 0) {
    lines.push('  Demo logins (created now):');
    for (const login of demoLogins) lines.push(`    ${login.role.padEnd(10)} ${login.email}  /  ${login.password}`);
  } else if (embeddedDataDir) {
    lines.push('  Demo logins: see README (password lukuhaaste-demo)');
  }
  lines.push('Press Ctrl+C to stop.', '');
  console.log(lines.join('\n'));
}

/** Relative inside the working directory (as configured), absolute elsewhere (e.g. when moved for the postgres user). */
function shortPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
