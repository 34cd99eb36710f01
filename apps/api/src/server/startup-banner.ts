import type { AppConfig } from '@lukuhaaste/api/config';
import type { DemoLogin } from '@lukuhaaste/api/seed';

export interface BannerFacts {
  config: AppConfig;
  embedded: boolean;
  servesWebApp: boolean;
  demoLogins: DemoLogin[];
  startupMs: number;
}

/** The few lines a person trying the app needs: where it is and how to log in. */
export function printStartupBanner({ config, embedded, servesWebApp, demoLogins, startupMs }: BannerFacts): void {
  const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  const url = config.PUBLIC_URL ?? `http://${host}:${config.PORT}`;
  const lines = [
    '',
    `Lukuhaaste is running at ${url}/  (started in ${(startupMs / 1000).toFixed(1)} s)`,
    `  GraphQL API: ${url}/graphql    health: ${url}/health/ready`,
    `  Database: ${embedded ? `embedded PostgreSQL in ${config.EMBEDDED_PG_DIR} (port ${config.EMBEDDED_PG_PORT})` : 'DATABASE_URL'}`,
  ];
  if (!servesWebApp) lines.push(`  Web app: not built (no ${config.WEB_DIST_DIR}/index.html); run npm run build`);
  if (demoLogins.length > 0) {
    lines.push('  Demo logins (created now):');
    for (const login of demoLogins) lines.push(`    ${login.role.padEnd(10)} ${login.email}  /  ${login.password}`);
  } else if (embedded) {
    lines.push('  Demo logins: see README (password lukuhaaste-demo)');
  }
  lines.push('Press Ctrl+C to stop.', '');
  console.log(lines.join('\n'));
}
