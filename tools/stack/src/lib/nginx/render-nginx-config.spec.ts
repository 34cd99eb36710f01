import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderNginxConfig, SHIPPED_NGINX_CONFIG, upstreamServers } from './render-nginx-config.ts';

const SHIPPED = readFileSync(SHIPPED_NGINX_CONFIG, 'utf8');
const COMPOSE = readFileSync(join(SHIPPED_NGINX_CONFIG, '..', 'compose.yaml'), 'utf8');

const SITE = `upstream lukuhaaste_api {
  least_conn;
  server api-1:3000 max_fails=3 fail_timeout=10s;
  server api-2:3000 max_fails=3 fail_timeout=10s;
  keepalive 32;
}

server {
  listen 80;
  location / {
    proxy_pass http://lukuhaaste_api;
  }
}
`;

describe(renderNginxConfig.name, () => {
  it('puts the given instances in place of the compose services, with their parameters', () => {
    const rendered = renderNginxConfig(SITE, { upstreams: ['127.0.0.1:3101', '127.0.0.1:3102', '127.0.0.1:3103'] });
    expect(rendered).toContain(
      [
        '  least_conn;',
        '  server 127.0.0.1:3101 max_fails=3 fail_timeout=10s;',
        '  server 127.0.0.1:3102 max_fails=3 fail_timeout=10s;',
        '  server 127.0.0.1:3103 max_fails=3 fail_timeout=10s;',
        '  keepalive 32;',
      ].join('\n'),
    );
    expect(rendered).not.toContain('api-1');
    expect(rendered).toContain('  listen 80;');
  });

  it('moves the listener and binds upstream connections to the given source address', () => {
    const rendered = renderNginxConfig(SITE, {
      upstreams: ['127.0.0.1:3101'],
      listen: '127.0.0.1:8080',
      bindAddress: '127.0.0.2',
    });
    expect(rendered).toContain('server {\n  listen 127.0.0.1:8080;\n  proxy_bind 127.0.0.2;\n  location / {');
  });

  it('wraps the site in a whole config that keeps its files under the nginx prefix', () => {
    const rendered = renderNginxConfig(SITE, { upstreams: ['127.0.0.1:3101'] });
    expect(
      rendered.startsWith('pid nginx.pid;\nerror_log stderr error;\nworker_shutdown_timeout 5s;\nevents {}\nhttp {\n'),
    ).toBe(true);
    expect(rendered.endsWith('}\n}\n')).toBe(true);
  });

  it('refuses a site whose upstream servers or listener it cannot find', () => {
    expect(() => renderNginxConfig(SITE.replace(/server api.*\n/g, ''), { upstreams: ['127.0.0.1:1'] })).toThrow(
      'no `server host:port …;` line',
    );
    expect(() =>
      renderNginxConfig(SITE.replace('listen 80;', 'listen 8080;'), {
        upstreams: ['127.0.0.1:1'],
        listen: '1.2.3.4:5',
      }),
    ).toThrow('no `listen 80;` line');
  });
});

describe('the shipped docker/nginx.conf', () => {
  it('proxies to the API services compose defines, on the port the image listens on', () => {
    const composeApis = [...COMPOSE.matchAll(/^ {2}(api-\d+):$/gm)].map((match) => `${match[1]}:3000`);
    expect(composeApis.length).toBeGreaterThanOrEqual(2);
    expect(upstreamServers(SHIPPED)).toEqual(composeApis);
  });

  it('can be rendered for instances on this machine', () => {
    expect(() =>
      renderNginxConfig(SHIPPED, { upstreams: ['127.0.0.1:1'], listen: '127.0.0.1:2', bindAddress: '127.0.0.2' }),
    ).not.toThrow();
  });
});
