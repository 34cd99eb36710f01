import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SHIPPED_CONFIG = join(import.meta.dirname, '..', '..', '..', '..', 'docker', 'nginx.conf');

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

/** The shipped docker/nginx.conf, pointed at `upstreamPort` instead of the compose services. */
async function renderConfig(upstreamPort: number, listenPort: number): Promise<string> {
  const shipped = await readFile(SHIPPED_CONFIG, 'utf8');
  const site = shipped
    .replace(/^\s*server api-\d:3000[^;]*;\n/gm, '')
    .replace('least_conn;', `least_conn;\n  server 127.0.0.1:${upstreamPort};`)
    .replace('listen 80;', `listen 127.0.0.1:${listenPort};`);
  return `pid nginx.pid;\nerror_log stderr error;\nevents {}\nhttp {\n  access_log off;\n${site}\n}\n`;
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
  await writeFile(join(prefix, 'nginx.conf'), await renderConfig(Number(new URL(upstreamBaseUrl).port), listenPort));
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
