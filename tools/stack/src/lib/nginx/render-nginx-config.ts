import { join } from 'node:path';

/**
 * The one renderer of docker/nginx.conf for running it outside compose (the
 * stack and the API's integration specs). This file imports nothing relative,
 * so both plain Node (the stack) and the API's specs can import it.
 */
export const SHIPPED_NGINX_CONFIG = join(import.meta.dirname, '..', '..', '..', '..', '..', 'docker', 'nginx.conf');

export interface NginxSite {
  /** `host:port` to listen on instead of the container's port 80 (kept when absent). */
  listen?: string;
  /** `host:port` of each API instance in place of the compose services; their max_fails/fail_timeout stay. */
  upstreams: readonly string[];
  /** Source address of connections to the API (proxy_bind), so the API can trust exactly this proxy. */
  bindAddress?: string;
}

/** `server api-1:3000 max_fails=3 fail_timeout=10s;` inside the upstream block (a `server {` block has no `;`). */
const UPSTREAM_SERVER = /^([ \t]*)server ([^\s;{]+)([^;{\n]*);\n/gm;
const CONTAINER_LISTEN = /^([ \t]*)listen 80;$/m;

/** The addresses of the shipped upstream block, e.g. the compose services `api-1:3000`. */
export function upstreamServers(site: string): string[] {
  return [...site.matchAll(UPSTREAM_SERVER)].map((match) => match[2] as string);
}

/**
 * docker/nginx.conf is a conf.d site for the nginx image; this returns a whole
 * nginx.conf (pid and temp files under the `-p` prefix, errors to stderr)
 * with the site pointed at `site.upstreams`. Throws when the shipped file no
 * longer has what it replaces, rather than render a config that ignores it.
 */
export function renderNginxConfig(shipped: string, site: NginxSite): string {
  const [first] = shipped.matchAll(UPSTREAM_SERVER);
  if (!first) throw new Error('docker/nginx.conf: no `server host:port …;` line in the upstream block');
  if (site.upstreams.length === 0) throw new Error('at least one upstream is needed');
  const [, indent, , parameters] = first;
  const upstreams = site.upstreams.map((address) => `${indent}server ${address}${parameters};\n`).join('');
  let seen = 0;
  let rendered = shipped.replace(UPSTREAM_SERVER, () => (seen++ === 0 ? upstreams : ''));

  if (site.listen !== undefined || site.bindAddress !== undefined) {
    if (!CONTAINER_LISTEN.test(rendered)) throw new Error('docker/nginx.conf: no `listen 80;` line');
    rendered = rendered.replace(CONTAINER_LISTEN, (_line, listenIndent: string) =>
      [
        `${listenIndent}listen ${site.listen ?? '80'};`,
        ...(site.bindAddress ? [`${listenIndent}proxy_bind ${site.bindAddress};`] : []),
      ].join('\n'),
    );
  }
  // A graceful stop (SIGQUIT) would otherwise wait for every open subscription websocket.
  return `pid nginx.pid;\nerror_log stderr error;\nworker_shutdown_timeout 5s;\nevents {}\nhttp {\n  access_log off;\n${rendered}}\n`;
}
