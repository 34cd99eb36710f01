import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The script the postgres image runs on an empty volume: extensions, and the role the API connects as. */
const APP_ROLE_SCRIPT = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'docker',
  'postgres-init',
  '10-app-role.sh',
);
const DATABASE = 'lukuhaaste';
const PG_VERSIONS_DIR = '/usr/lib/postgresql';

export interface PostgresCluster {
  /** The app role's connection URL, as DATABASE_URL. */
  url: string;
  version: string;
  stop(): Promise<void>;
}

interface ClusterOwner {
  /** Runs a PostgreSQL program as the owner of the data directory, with extra environment variables. */
  run(command: string, args: string[], env?: Record<string, string>, input?: string): void;
  uid: number;
  gid: number;
}

/**
 * A throw-away cluster from Debian's PostgreSQL binaries in `dir`, listening
 * on 127.0.0.1:`port`, with the database and app role made by the same
 * script as the compose stack. As root it belongs to the `postgres` user
 * (PostgreSQL refuses to run as root); otherwise to whoever runs the stack.
 */
export async function startPostgresCluster(dir: string, port: number): Promise<PostgresCluster> {
  const { version, binDir } = newestInstalledPostgres();
  const owner = clusterOwner();
  const dataDir = join(dir, 'data');
  mkdirSync(dir, { mode: 0o700 });
  chownSync(dir, owner.uid, owner.gid);
  // Superuser over the socket only: its directory is private to the owner, so trust is safe there.
  owner.run(join(binDir, 'initdb'), [
    `--pgdata=${dataDir}`,
    '--username=postgres',
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-instructions',
  ]);
  const log = join(dir, 'server.log');
  const pgCtl = join(binDir, 'pg_ctl');
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  try {
    owner.run(pgCtl, ['start', '--wait', '--timeout=60', `--pgdata=${dataDir}`, `--log=${log}`, '-o', serverOptions]);
  } catch (error) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
    throw new Error(`${(error as Error).message}\n${tail}`);
  }
  const stop = async () => owner.run(pgCtl, ['stop', '--wait', '--mode=fast', `--pgdata=${dataDir}`]);
  try {
    const superuser = { PGHOST: dir, PGPORT: String(port), PGUSER: 'postgres' };
    owner.run(join(binDir, 'createdb'), [DATABASE], superuser);
    const password = randomBytes(18).toString('base64url');
    owner.run(
      '/bin/sh',
      ['-s'],
      {
        ...superuser,
        PATH: `${binDir}:/usr/bin:/bin`,
        POSTGRES_USER: 'postgres',
        POSTGRES_DB: DATABASE,
        LUKUHAASTE_DB_PASSWORD: password,
      },
      readFileSync(APP_ROLE_SCRIPT, 'utf8'),
    );
    return { url: `postgres://lukuhaaste:${password}@127.0.0.1:${port}/${DATABASE}`, version, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function newestInstalledPostgres(): { version: string; binDir: string } {
  const versions = existsSync(PG_VERSIONS_DIR)
    ? readdirSync(PG_VERSIONS_DIR)
        .filter((name) => existsSync(join(PG_VERSIONS_DIR, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const [version] = versions;
  if (!version) throw new Error(`No PostgreSQL in ${PG_VERSIONS_DIR}: apt-get install postgresql`);
  return { version, binDir: join(PG_VERSIONS_DIR, version, 'bin') };
}

function clusterOwner(): ClusterOwner {
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot ? idOf('-u') : (process.getuid?.() ?? 0);
  const gid = asRoot ? idOf('-g') : (process.getgid?.() ?? 0);
  return {
    uid,
    gid,
    run: (command, args, env = {}, input) => {
      const assignments = Object.entries(env).map(([name, value]) => `${name}=${value}`);
      const [program, argv] = asRoot
        ? ['runuser', ['-u', 'postgres', '--', 'env', ...assignments, command, ...args]]
        : [command, args];
      const result = spawnSync(program, argv, {
        env: asRoot ? { PATH: process.env['PATH'] } : { PATH: process.env['PATH'], ...env },
        input,
        stdio: ['pipe', 'pipe', 'pipe'],
        encoding: 'utf8',
      });
      if (result.error) throw result.error;
      if (result.status !== 0) {
        throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr || result.stdout}`);
      }
    },
  };
}

function idOf(flag: '-u' | '-g'): number {
  const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error('Running as root needs a `postgres` user (apt-get install postgresql)');
  return Number(result.stdout.trim());
}
