import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findApiBuild, migrateOnce } from './api/api-build.ts';
import { startApiInstance } from './api/api-instance.ts';
import type { StackOptions } from './cli/stack-options.ts';
import { startNginx, testNginxConfig, writeNginxConfig } from './nginx/nginx-server.ts';
import { startPostgresCluster } from './postgres/postgres-cluster.ts';
import { startRedisServer, type ServerProcess } from '@lukuhaaste/tools/util-process';

/**
 * nginx connects to the instances from this loopback address and the
 * instances trust X-Forwarded-For from it alone, as they would trust only the
 * proxy's address in a deployment: a client on 127.0.0.1 reaching an instance
 * directly cannot choose the address the rate limits see.
 */
export const NGINX_SOURCE_ADDRESS = '127.0.0.2';

export interface Stack {
  url: string;
  apiUrls: string[];
  databaseUrl: string;
  postgresVersion: string;
  redisUrl: string;
  /** Everything the stack writes (cluster, nginx config); removed by stop(). */
  dir: string;
  webApp: boolean;
  stop(): Promise<void>;
}

/**
 * Starts the compose topology from Debian packages, in deploy order:
 * database, Redis, migrations (once), the instances, then nginx (config
 * tested first). On any failure, or `abort`, stops what had started.
 */
export async function startStack(
  options: StackOptions,
  log: (line: string) => void,
  abort: AbortSignal,
): Promise<Stack> {
  const build = findApiBuild(options.distDir);
  const dir = mkdtempSync(join(tmpdir(), 'lh-stack-'));
  // PostgreSQL runs as its own user below this directory.
  chmodSync(dir, 0o711);
  const stops: Array<() => Promise<void>> = [async () => rmSync(dir, { recursive: true, force: true })];
  let stopping = false;
  const stop = async () => {
    stopping = true;
    for (const stopOne of stops.splice(0).reverse()) await stopOne().catch((error: Error) => log(error.message));
  };
  const started = <T extends ServerProcess>(server: T): T => {
    stops.push(server.stop);
    server.child.once('exit', (code, signal) => {
      if (!stopping) log(`${server.name} exited (${code ?? signal}); the stack keeps running without it`);
    });
    return server;
  };
  const step = (what: string) => {
    abort.throwIfAborted();
    log(what);
  };
  try {
    step(`PostgreSQL on 127.0.0.1:${options.pgPort}`);
    const postgres = await startPostgresCluster(join(dir, 'postgres'), options.pgPort);
    stops.push(postgres.stop);
    step(`redis-server on 127.0.0.1:${options.redisPort}`);
    const redis = started(await startRedisServer(options.redisPort));
    step('migrations');
    log(`  ${migrateOnce(build, postgres.url)}`);
    const url = `http://127.0.0.1:${options.port}`;
    step(`API instances on ${options.apiPorts.join(', ')}`);
    const instances = await Promise.allSettled(
      options.apiPorts.map((port, index) =>
        startApiInstance(build, {
          name: `api-${index + 1}`,
          port,
          databaseUrl: postgres.url,
          redisUrl: redis.url,
          trustedProxy: NGINX_SOURCE_ADDRESS,
          publicUrl: url,
        }).then(started),
      ),
    );
    const failed = instances.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const apiUrls = instances.flatMap((result) => (result.status === 'fulfilled' ? [result.value.url] : []));

    step(`nginx on ${url}`);
    const nginxPrefix = join(dir, 'nginx');
    writeNginxConfig(nginxPrefix, {
      listen: `127.0.0.1:${options.port}`,
      upstreams: options.apiPorts.map((port) => `127.0.0.1:${port}`),
      bindAddress: NGINX_SOURCE_ADDRESS,
    });
    const verdict = testNginxConfig(nginxPrefix);
    if (!verdict.ok) throw new Error(`nginx -t refused the rendered config:\n${verdict.output}`);
    log(`  nginx -t: ${verdict.output.split('\n').at(-1)}`);
    started(await startNginx(nginxPrefix, url));
    abort.throwIfAborted();
    return {
      url,
      apiUrls,
      databaseUrl: postgres.url,
      postgresVersion: postgres.version,
      redisUrl: redis.url,
      dir,
      webApp: build.webDist !== null,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
