import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join, relative, resolve } from 'node:path';
import pg from 'pg';
import { BENCH_DATASETS, type DatasetName } from '../seed/bench-dataset.constant.ts';
import { datasetKey } from '../seed/dataset-key.util.ts';
import { seedBenchData, type BenchData } from '../seed/seed-bench-data.ts';
import type { ApiBuild } from './api-build.ts';
import { spawnServer } from '@lukuhaaste/tools/util-process';

const SEED_SOURCES = join(import.meta.dirname, '../seed');
const TEMPLATE = 'lukuhaaste';
const RUN_DATABASE = 'bench_run';

/** Saved beside a seeded cluster: the cluster is complete once this exists. */
interface DatasetRecord {
  data: BenchData;
  seedingSeconds: number;
  seededAt: string;
  /** Where the cluster really lives (elsewhere when root's postgres user cannot reach tmp/). */
  dataDir: string;
}

export interface SeededDatabase extends DatasetRecord {
  /** This run's own copy of the dataset, dropped on close. */
  url: string;
  reused: boolean;
  close(): Promise<void>;
}

/**
 * An embedded PostgreSQL cluster per dataset, schema and seed version
 * (tmp/bench/datasets/<dataset>-<hash>): migrated and seeded once, then
 * reused. Each run works on a copy of the seeded database (CREATE DATABASE …
 * TEMPLATE, a file copy), so what a run writes never reaches the next one.
 * Clusters of older versions of the same dataset are deleted.
 */
export async function openSeededDatabase(
  build: ApiBuild,
  { dataset, pgPort }: { dataset: DatasetName; pgPort: number },
  log: (message: string) => void,
): Promise<SeededDatabase> {
  const cacheDir = resolve('tmp/bench/datasets');
  const key = datasetKey(dataset, [
    ...build.migrationFiles(),
    ...readdirSync(SEED_SOURCES)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .map((file) => ({ path: `seed/${file}`, content: readFileSync(join(SEED_SOURCES, file)) })),
  ]);
  mkdirSync(cacheDir, { recursive: true });
  pruneOtherVersions(cacheDir, dataset, key);
  const recordPath = join(cacheDir, `${key}.json`);
  const saved = existsSync(recordPath) ? (JSON.parse(readFileSync(recordPath, 'utf8')) as DatasetRecord) : null;

  log(`starting embedded PostgreSQL on port ${pgPort} (${relative(process.cwd(), join(cacheDir, key))})`);
  const database = await (
    await build.loadDatabaseLib()
  ).provisionDatabase({ embeddedDataDir: join(cacheDir, key), embeddedPort: pgPort, log });
  const urlOf = (name: string) => database.url.replace(/\/[^/]*$/, `/${name}`);
  const admin = async <T>(work: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: urlOf('postgres') });
    await client.connect();
    return work(client).finally(() => client.end());
  };
  try {
    let record = saved;
    if (!record) {
      log(`seeding the ${dataset} dataset (once for this schema and seed)`);
      record = await seed(build, { dataset, url: urlOf(TEMPLATE), admin }, database.embeddedDataDir as string);
      writeFileSync(recordPath, JSON.stringify(record, null, 1));
    }
    const copying = performance.now();
    await admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${RUN_DATABASE} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${RUN_DATABASE} TEMPLATE ${TEMPLATE} STRATEGY FILE_COPY`);
    });
    log(`copied the dataset for this run in ${((performance.now() - copying) / 1000).toFixed(1)} s`);
    return {
      ...record,
      url: urlOf(RUN_DATABASE),
      reused: saved !== null,
      close: async () => {
        await admin((client) => client.query(`DROP DATABASE IF EXISTS ${RUN_DATABASE} WITH (FORCE)`)).catch((error) =>
          console.error(error),
        );
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Migrates a fresh template database with the built API's own CLI, then seeds it. */
async function seed(
  build: ApiBuild,
  {
    dataset,
    url,
    admin,
  }: { dataset: DatasetName; url: string; admin: (work: (client: pg.Client) => Promise<unknown>) => Promise<unknown> },
  dataDir: string,
): Promise<DatasetRecord> {
  // A cluster without a record may hold half a seed from an interrupted run: start that database over.
  await admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE}`);
  });
  await migrate(build, url);
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const data = await seedBenchData(client, BENCH_DATASETS[dataset], await build.loadArgon2Options()).finally(() =>
    client.end(),
  );
  const seedingSeconds = Math.round((performance.now() - started) / 100) / 10;
  return { data, seedingSeconds, seededAt: new Date().toISOString(), dataDir };
}

async function migrate(build: ApiBuild, url: string): Promise<void> {
  const cli = spawnServer('Migrating the bench database', process.execPath, [build.migrateMain], {
    env: { PATH: process.env['PATH'], NODE_ENV: 'production', DATABASE_URL: url, LOG_LEVEL: 'warn' },
  });
  const [code] = (await once(cli.child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`Migrating the bench database failed (${code}):\n${cli.stderr()}`);
}

function pruneOtherVersions(cacheDir: string, dataset: DatasetName, key: string): void {
  for (const entry of readdirSync(cacheDir)) {
    if (!entry.startsWith(`${dataset}-`) || entry.startsWith(key)) continue;
    const path = join(cacheDir, entry);
    if (entry.endsWith('.json')) {
      const { dataDir } = JSON.parse(readFileSync(path, 'utf8')) as DatasetRecord;
      rmSync(dataDir, { recursive: true, force: true });
    }
    rmSync(path, { recursive: true, force: true });
  }
}
