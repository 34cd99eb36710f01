import { EmbeddedPostgresUnavailableError } from '@lukuhaaste/api/database';
import { findPostgresBinaries, startEmbeddedPostgres, type RunningPostgres } from '@lukuhaaste/api/database/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

const asRoot = process.getuid?.() === 0;

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function queryOne<T>(url: string, sql: string): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

function postmasterPid(dataDir: string): number {
  return Number.parseInt(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `npm ci && npm start` as root in /root: the checkout (binaries and data
 * directory) sits in a home directory of mode 700, which the postgres user
 * the server must run as cannot enter.
 */
describe('embedded PostgreSQL started from a checkout in a private (mode 700) home directory', () => {
  let home: string;
  let binariesInHome: string;
  let configuredDataDir: string;
  let reachableRoot: string;
  let port: number;
  const running: RunningPostgres[] = [];

  const start = async () => {
    const server = await startEmbeddedPostgres({
      dataDir: configuredDataDir,
      port,
      binariesDir: binariesInHome,
      reachableRoot,
    });
    running.push(server);
    return server;
  };

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'lh-home-'));
    chmodSync(home, 0o700);
    binariesInHome = join(home, 'checkout', 'node_modules', 'native');
    cpSync((await findPostgresBinaries()).dir, binariesInHome, { recursive: true, verbatimSymlinks: true });
    configuredDataDir = join(home, 'checkout', '.data', 'pg');
    // Stands in for /var/lib/lukuhaaste: root-owned, open to the postgres user.
    const shared = mkdtempSync(join(tmpdir(), 'lh-var-lib-'));
    chmodSync(shared, 0o755);
    reachableRoot = join(shared, 'lukuhaaste');
    port = await freePort();
  }, 60_000);

  afterAll(async () => {
    for (const server of running) await server.stop();
    rmSync(home, { recursive: true, force: true });
    rmSync(join(reachableRoot, '..'), { recursive: true, force: true });
  });

  it('starts, answers queries, and leaves the home directory private', async () => {
    const server = await start();

    expect(server.freshlyInitialised).toBe(true);
    const row = await queryOne<{ data_directory: string; server_encoding: string }>(
      server.adminUrl,
      "SELECT current_setting('data_directory') AS data_directory, current_setting('server_encoding') AS server_encoding",
    );
    expect(row).toEqual({ data_directory: server.dataDir, server_encoding: 'UTF8' });
    expect(statSync(home).mode & 0o777).toBe(0o700);
    const program = readlinkSync(`/proc/${postmasterPid(server.dataDir)}/exe`);
    if (asRoot) {
      // The postgres user runs a copy of the binaries, on data outside the home directory.
      expect(server.dataDir.startsWith(join(reachableRoot, 'data'))).toBe(true);
      expect(program.startsWith(reachableRoot)).toBe(true);
      expect(existsSync(configuredDataDir)).toBe(false);
    } else {
      expect(server.dataDir).toBe(configuredDataDir);
      expect(program.startsWith(binariesInHome)).toBe(true);
    }
  }, 60_000);

  it('stops a server an earlier process left running on the same data directory', async () => {
    const orphan = running[0];
    if (!orphan) throw new Error('the first test starts the server');
    const orphanPid = postmasterPid(orphan.dataDir);

    const server = await start();

    expect(server.freshlyInitialised).toBe(false);
    expect(isAlive(orphanPid)).toBe(false);
    expect(await queryOne(server.adminUrl, 'SELECT 1 AS ok')).toEqual({ ok: 1 });
    await server.stop();
  }, 60_000);

  it('never signals a process that reuses the PID of postmaster.pid, and starts anyway', async () => {
    const dataDir = (running[0] as RunningPostgres).dataDir;
    const bystander: ChildProcess = spawn('sleep', ['60']);
    try {
      // As after a reboot: the lock file names a PID that now belongs to another program.
      writeFileSync(join(dataDir, 'postmaster.pid'), `${bystander.pid}\n${dataDir}\n`);

      const server = await start();

      expect(await queryOne(server.adminUrl, 'SELECT 1 AS ok')).toEqual({ ok: 1 });
      expect(isAlive(bystander.pid as number)).toBe(true);
      expect(bystander.exitCode).toBeNull();
      await server.stop();
    } finally {
      bystander.kill('SIGKILL');
    }
  }, 60_000);

  it('says in one sentence what to do when the binaries cannot be run', async () => {
    const unusable = join(home, 'unusable-native');
    cpSync(binariesInHome, unusable, { recursive: true, verbatimSymlinks: true });
    for (const binary of ['initdb', 'postgres']) chmodSync(join(unusable, 'bin', binary), 0o644);

    const attempt = startEmbeddedPostgres({
      dataDir: join(home, 'other-checkout', '.data', 'pg'),
      port,
      binariesDir: unusable,
      reachableRoot: join(home, 'unreachable'),
    });

    await expect(attempt).rejects.toThrow(EmbeddedPostgresUnavailableError);
    await expect(attempt).rejects.toThrow(/^Embedded PostgreSQL cannot start because [^\n]*set DATABASE_URL[^\n]*\.$/);
  }, 60_000);
});

/**
 * A fresh checkout in a directory everyone may enter (e.g. a CI clone under
 * /tmp) whose data directory's parents do not exist yet: the server must use
 * the configured directory, never a stand-in that outlives `rm -rf` of it.
 */
describe('embedded PostgreSQL started from a checkout in an open directory', () => {
  it('creates the missing parents of the data directory and keeps the data where it was configured', async () => {
    const checkout = mkdtempSync(join(tmpdir(), 'lh-open-checkout-'));
    chmodSync(checkout, 0o755);
    const shared = mkdtempSync(join(tmpdir(), 'lh-var-lib-'));
    const reachableRoot = join(shared, 'lukuhaaste');
    const dataDir = join(checkout, 'tmp', 'e2e', 'pg');
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), reachableRoot });
    try {
      expect(server.dataDir).toBe(dataDir);
      expect(existsSync(reachableRoot)).toBe(false);
      expect(statSync(join(checkout, 'tmp')).mode & 0o777).toBe(0o755);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    } finally {
      await server.stop();
      rmSync(checkout, { recursive: true, force: true });
      rmSync(shared, { recursive: true, force: true });
    }
  }, 60_000);
});

/**
 * A second `npm start` on the data directory of a server that is running
 * must not take its database away; once that server is gone (killed), the
 * postgres it leaves behind is stopped as before.
 */
describe('embedded PostgreSQL started on the data directory of another server', () => {
  /** Stands in for a running Lukuhaaste server: a separate node process that starts postgres and stays. */
  const SERVER_STAND_IN = `
    const [binary, dataDir, port, uid, gid] = process.argv.slice(1);
    const runAs = uid ? { uid: Number(uid), gid: Number(gid) } : {};
    const args = ['-D', dataDir, '-p', port, '-c', 'listen_addresses=127.0.0.1'];
    require('node:child_process').spawn(binary, args, { ...runAs, cwd: '/', stdio: 'ignore' });
    setInterval(() => undefined, 60_000);
  `;
  let checkout: string;
  let dataDir: string;
  let reachableRoot: string;
  let port: number;
  let adminUrl: string;
  let postgresBinary: string;
  let server: ChildProcess;
  let postmaster: number;

  /** Waits until the stand-in's postgres answers (it writes postmaster.pid before that). */
  async function untilAnswering(): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await queryOne(adminUrl, 'SELECT 1');
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(100);
      }
    }
  }

  beforeAll(async () => {
    checkout = mkdtempSync(join(tmpdir(), 'lh-second-start-'));
    chmodSync(checkout, 0o755);
    dataDir = join(checkout, '.data', 'pg');
    reachableRoot = join(checkout, 'unused');
    port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, reachableRoot });
    adminUrl = first.adminUrl;
    postgresBinary = readlinkSync(`/proc/${postmasterPid(dataDir)}/exe`);
    await first.stop();

    const owner = statSync(dataDir);
    const runAs = asRoot ? [String(owner.uid), String(owner.gid)] : [];
    server = spawn(process.execPath, ['-e', SERVER_STAND_IN, postgresBinary, dataDir, String(port), ...runAs], {
      stdio: 'ignore',
    });
    await untilAnswering();
    postmaster = postmasterPid(dataDir);
  }, 60_000);

  afterAll(async () => {
    server.kill('SIGKILL');
    if (isAlive(postmaster)) process.kill(postmaster, 'SIGINT');
    while (isAlive(postmaster)) await sleep(100);
    rmSync(checkout, { recursive: true, force: true });
  }, 60_000);

  it('refuses in one sentence while that server runs, and leaves its database running', async () => {
    const attempt = startEmbeddedPostgres({ dataDir, port: await freePort(), reachableRoot });

    await expect(attempt).rejects.toThrow(
      new Error(
        `Another Lukuhaaste server (pid ${server.pid}) is using ${dataDir}; stop it first or set EMBEDDED_PG_DIR/EMBEDDED_PG_PORT for a second one.`,
      ),
    );
    expect(isAlive(postmaster)).toBe(true);
    expect(postmasterPid(dataDir)).toBe(postmaster);
    expect(await queryOne(adminUrl, 'SELECT 1 AS ok')).toEqual({ ok: 1 });
  }, 60_000);

  it('stops the postgres that server left behind when it was killed, and starts', async () => {
    server.kill('SIGKILL');
    await once(server, 'exit');

    const next = await startEmbeddedPostgres({ dataDir, port, reachableRoot });
    try {
      expect(isAlive(postmaster)).toBe(false);
      expect(postmasterPid(dataDir)).not.toBe(postmaster);
      expect(await queryOne(next.adminUrl, 'SELECT 1 AS ok')).toEqual({ ok: 1 });
    } finally {
      await next.stop();
    }
  }, 60_000);
});
