import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testNginxConfig, writeNginxConfig } from './nginx-server.ts';
import { SHIPPED_NGINX_CONFIG, upstreamServers } from './render-nginx-config.ts';

/**
 * `nginx -t` (Debian's nginx) on docker/nginx.conf. nginx resolves upstream
 * host names when it loads a config, and the compose services (api-1, api-2)
 * exist only inside compose's network, so the check gives each a loopback
 * address of its own and keeps every other line as shipped; the spec next to
 * the renderer checks that the names are compose's services.
 */
describe('nginx -t', () => {
  let prefix: string;
  beforeEach(() => {
    prefix = mkdtempSync(join(tmpdir(), 'lh-nginx-check-'));
  });
  afterEach(() => rmSync(prefix, { recursive: true, force: true }));

  it('passes the shipped docker/nginx.conf', () => {
    const services = upstreamServers(readFileSync(SHIPPED_NGINX_CONFIG, 'utf8'));
    writeNginxConfig(prefix, {
      upstreams: services.map((service, index) => service.replace(/^[^:]+/, `127.0.0.${index + 1}`)),
    });
    expect(testNginxConfig(prefix)).toEqual({ ok: true, output: expect.stringContaining('test is successful') });
  });

  it('passes the config `npm run stack` renders', () => {
    writeNginxConfig(prefix, {
      listen: '127.0.0.1:8080',
      upstreams: ['127.0.0.1:3101', '127.0.0.1:3102'],
      bindAddress: '127.0.0.2',
    });
    expect(testNginxConfig(prefix)).toEqual({ ok: true, output: expect.stringContaining('test is successful') });
  });

  it('fails a config nginx would refuse', () => {
    writeNginxConfig(prefix, { upstreams: ['127.0.0.1:3101'] });
    const config = join(prefix, 'nginx.conf');
    writeFileSync(config, readFileSync(config, 'utf8').replace('proxy_read_timeout 1h;', 'proxy_read_timeout soon;'));
    expect(testNginxConfig(prefix)).toEqual({ ok: false, output: expect.stringContaining('"proxy_read_timeout"') });
  });
});
