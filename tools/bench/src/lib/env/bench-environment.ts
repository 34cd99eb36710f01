import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchOptions, NodeEnv } from '../cli/bench-options.ts';
import { processTreeCpuMs } from '../load/process-cpu.util.ts';
import type { BenchData } from '../seed/seed-bench-data.ts';
import { snapshotApiBuild } from './api-build.ts';
import { startApiInstance, type ApiInstance } from './api-instance.ts';
import { startBaselineInstance, type BaselineInstance } from './baseline-instance.ts';
import { startRedisServer } from '@lukuhaaste/tools/util-process';
import { openSeededDatabase } from './seeded-database.ts';

export type ApiRole = 'single' | 'sharedA' | 'sharedB' | 'development' | 'statsUncached' | 'recording';

/** The in-memory instance a page run uses in the given mode. */
export const pageApiRole = (nodeEnv: NodeEnv): ApiRole => (nodeEnv === 'development' ? 'development' : 'single');

/** Everything the runs share; servers start on first use and all stop in close(). */
export interface BenchEnvironment {
  data: BenchData;
  /** This run's copy of the dataset. */
  databaseUrl: string;
  queryLog: string;
  /**
   * `single` (and `development`, with NODE_ENV=development) use in-memory pub/sub; `sharedA` and `sharedB`
   * share Redis; `statsUncached` has the statistics cache off; `recording` (cache off too) (on single's port, never beside it) writes every statement to `queryLog`.
   */
  api(role: ApiRole): Promise<ApiInstance>;
  baseline(): Promise<BaselineInstance>;
  /** CPU ms the PostgreSQL server and its backends have used so far; null off Linux. */
  databaseCpuMs(): number | null;
  close(): Promise<void>;
}

const log = (message: string) => console.log(`  · ${message}`);

/**
 * The dataset's embedded PostgreSQL (the API's own launcher, from the built
 * API; seeded once per schema and seed version, see openSeededDatabase) with
 * a copy of the data for this run. The run directory holds the API snapshot;
 * it and the copy are removed on close.
 */
export async function openBenchEnvironment(options: BenchOptions, runDir: string): Promise<BenchEnvironment> {
  mkdirSync(runDir, { recursive: true });
  const build = snapshotApiBuild(options.apiDist, runDir);
  const stops: Array<() => Promise<void>> = [async () => rmSync(runDir, { recursive: true, force: true })];
  const close = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch((error) => console.error(error));
  };
  try {
    const database = await openSeededDatabase(build, options, log);
    stops.push(database.close);
    const { rows } = database.data;
    log(
      `${options.dataset} dataset: ${rows.users} users, ${rows.readingEntries} reading entries, ` +
        `${rows.comments} comments, ${rows.reactions} reactions; ` +
        `${database.reused ? `reused, seeded on ${database.seededAt} in` : 'seeded in'} ${database.seedingSeconds} s`,
    );

    const queryLog = join(runDir, 'queries.jsonl');
    const started = new Map<ApiRole, Promise<ApiInstance>>();
    const startOnce = <T extends { stop(): Promise<void> }>(start: () => Promise<T>) => {
      const running = start();
      stops.push(async () => (await running.catch(() => null))?.stop());
      return running;
    };
    const [singlePort, aPort, bPort, developmentPort, uncachedPort] = options.apiPorts;
    let redisUrl: Promise<string> | null = null;
    const sharedRedis = () =>
      (redisUrl ??= startOnce(() => startRedisServer(options.redisPort)).then((redis) => redis.url));
    const api = (role: ApiRole) => {
      const existing = started.get(role);
      if (existing) return existing;
      log(`starting API instance ${role}`);
      const ports = {
        single: singlePort,
        sharedA: aPort,
        sharedB: bPort,
        development: developmentPort,
        statsUncached: uncachedPort,
      };
      const port = ports[role === 'recording' ? 'single' : role];
      const instance = startOnce(async () =>
        startApiInstance(build.main, {
          port,
          databaseUrl: database.url,
          redisUrl: role === 'sharedA' || role === 'sharedB' ? await sharedRedis() : undefined,
          nodeEnv: role === 'development' ? 'development' : 'production',
          queryLog: role === 'recording' ? queryLog : undefined,
          statsCacheOff: role === 'statsUncached' || role === 'recording',
        }),
      );
      started.set(role, instance);
      return instance;
    };

    let baseline: Promise<BaselineInstance> | null = null;
    const postmasterPid = Number.parseInt(readFileSync(join(database.dataDir, 'postmaster.pid'), 'utf8'), 10);
    return {
      data: database.data,
      databaseUrl: database.url,
      queryLog,
      api,
      databaseCpuMs: () => processTreeCpuMs(postmasterPid),
      baseline: () => (baseline ??= startOnce(() => startBaselineInstance(database.url))),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
