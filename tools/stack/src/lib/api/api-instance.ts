import { answersOk, spawnServer, waitUntilReady, type ServerProcess } from '@lukuhaaste/tools/util-process';
import type { ApiBuild } from './api-build.ts';

export interface ApiInstanceSettings {
  name: string;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** The only address whose X-Forwarded-For the instance believes: nginx's upstream source address. */
  trustedProxy: string;
  /** The address users reach the stack at (nginx), for the banner and the websocket origin check. */
  publicUrl: string;
}

/**
 * One API process as a deployment runs it: the build, NODE_ENV=production,
 * subscriptions shared through Redis. Cookies without Secure, because the
 * stack is plain HTTP on loopback.
 */
export async function startApiInstance(
  build: ApiBuild,
  settings: ApiInstanceSettings,
): Promise<ServerProcess & { url: string }> {
  const server = spawnServer(settings.name, process.execPath, [build.main], {
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(settings.port),
      PUBLIC_URL: settings.publicUrl,
      DATABASE_URL: settings.databaseUrl,
      REDIS_URL: settings.redisUrl,
      TRUST_PROXY: settings.trustedProxy,
      COOKIE_SECURE: 'false',
      SEED_DEMO_DATA: 'false',
      WEB_DIST_DIR: build.webDist ?? '/nonexistent',
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    },
  });
  const url = `http://127.0.0.1:${settings.port}`;
  await waitUntilReady(server, () => answersOk(`${url}/health/ready`), 120_000);
  return { ...server, url };
}
