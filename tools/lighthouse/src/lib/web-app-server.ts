import { answersOk, spawnServer, waitUntilReady } from '@lukuhaaste/tools/util-process';
import { join } from 'node:path';

export interface WebAppServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The production API serving the web app, as `npm run serve` starts it, from
 * a build snapshot in `runDir` (its relative paths resolve there) on a
 * brand-new embedded PostgreSQL, which gets the demo data as on `npm start`.
 * It stops its embedded PostgreSQL on SIGTERM.
 */
export async function startWebApp(
  runDir: string,
  { port, pgPort }: { port: number; pgPort: number },
): Promise<WebAppServer> {
  const server = spawnServer('The server', process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
    cwd: runDir,
    env: {
      PATH: process.env['PATH'],
      HOST: '127.0.0.1',
      PORT: String(port),
      EMBEDDED_PG_DIR: join(runDir, 'pg'),
      EMBEDDED_PG_PORT: String(pgPort),
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(server, () => answersOk(`${baseUrl}/health/ready`), 120_000);
  return { baseUrl, stop: server.stop };
}

/** The public pages issue #9 sets goals for, found through the API: the current challenge and its first category. */
export async function publicPages(baseUrl: string): Promise<Array<{ name: string; url: string }>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ currentChallenge { slug categories { position } } }' }),
  });
  const { data } = (await response.json()) as {
    data?: { currentChallenge: { slug: string; categories: Array<{ position: number }> } | null };
  };
  const challenge = data?.currentChallenge;
  const category = challenge?.categories[0];
  if (!challenge || !category) throw new Error('The demo data has no current challenge with a category');
  return [
    { name: 'home', url: `${baseUrl}/` },
    { name: 'challenge', url: `${baseUrl}/challenges/${challenge.slug}` },
    { name: 'category', url: `${baseUrl}/challenges/${challenge.slug}/${category.position}` },
  ];
}
