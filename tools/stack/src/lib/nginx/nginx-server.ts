import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersOk, spawnServer, waitUntilReady, type ServerProcess } from '@lukuhaaste/tools/util-process';
import { renderNginxConfig, SHIPPED_NGINX_CONFIG, type NginxSite } from './render-nginx-config.ts';

/**
 * Writes docker/nginx.conf rendered for `site` as `<prefix>/nginx.conf`. The
 * prefix is readable by all: nginx's workers (user nobody when started as
 * root) keep large responses in temp files under it.
 */
export function writeNginxConfig(prefix: string, site: NginxSite): void {
  mkdirSync(prefix, { recursive: true });
  chmodSync(prefix, 0o755);
  writeFileSync(join(prefix, 'nginx.conf'), renderNginxConfig(readFileSync(SHIPPED_NGINX_CONFIG, 'utf8'), site));
}

/** `nginx -t` on `<prefix>/nginx.conf`: nginx's own verdict, and whether it passed. */
export function testNginxConfig(prefix: string): { ok: boolean; output: string } {
  const result = spawnSync('nginx', ['-t', '-p', prefix, '-c', 'nginx.conf', '-e', 'stderr'], { encoding: 'utf8' });
  if (result.error) throw new Error(`nginx is not installed (apt-get install nginx): ${result.error.message}`);
  return { ok: result.status === 0, output: result.stderr.trim() };
}

/** nginx in the foreground on the config in `prefix`, ready once `url` answers through it. */
export async function startNginx(prefix: string, url: string): Promise<ServerProcess> {
  const server = spawnServer(
    'nginx',
    'nginx',
    ['-p', prefix, '-c', 'nginx.conf', '-e', 'stderr', '-g', 'daemon off;'],
    {
      // Graceful: finishes the requests in flight.
      stopSignal: 'SIGQUIT',
    },
  );
  await waitUntilReady(server, () => answersOk(`${url}/health`), 10_000);
  return server;
}
