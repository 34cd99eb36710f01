import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The one renderer of docker/nginx.conf, shared with `npm run stack` (it imports nothing relative).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { renderNginxConfig, SHIPPED_NGINX_CONFIG } from '../../../../tools/stack/src/lib/nginx/render-nginx-config';

export interface NginxProxy {
  baseUrl: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function waitForPort(url: string, nginx: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error('nginx did not start');
}

/** Runs the system nginx with the shipped site config in front of a test app. */
export async function startNginxProxy(upstreamBaseUrl: string): Promise<NginxProxy> {
  const prefix = await mkdtemp(join(tmpdir(), 'lh-nginx-'));
  const listenPort = await freePort();
  const config = renderNginxConfig(await readFile(SHIPPED_NGINX_CONFIG, 'utf8'), {
    listen: `127.0.0.1:${listenPort}`,
    upstreams: [new URL(upstreamBaseUrl).host],
  });
  await writeFile(join(prefix, 'nginx.conf'), config);
  const nginx = spawn('nginx', ['-p', prefix, '-c', 'nginx.conf', '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${listenPort}`;
  await waitForPort(`${baseUrl}/health`, nginx);
  return {
    baseUrl,
    close: async () => {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
