import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export interface WebAppServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The production API serving the web app, as `npm run serve` starts it, from
 * a build snapshot in `runDir` (its relative paths resolve there) on a
 * brand-new embedded PostgreSQL, which gets the demo data as on `npm start`.
 */
export async function startWebApp(
  runDir: string,
  { port, pgPort }: { port: number; pgPort: number },
): Promise<WebAppServer> {
  const server = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
    cwd: runDir,
    stdio: ['ignore', 'ignore', 'pipe'],
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
  let stderr = '';
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = once(server, 'exit');
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill('SIGTERM'); // the API stops its embedded PostgreSQL on SIGTERM
    await exited;
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (
    !(await fetch(`${baseUrl}/health/ready`)
      .then((response) => response.ok)
      .catch(() => false))
  ) {
    if (server.exitCode !== null)
      throw new Error(`The server exited (${server.exitCode}) before it was ready:\n${stderr}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server was not ready within 120 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, stop };
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
