import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataDirInUseError } from './data-dir-in-use.error';
import { stopOrphanedPostgres } from './stop-orphaned-postgres';

/** A separate node process that starts a postgres stand-in in `cwd` and keeps running, as a server does. */
const SERVER_STAND_IN = `
  const child = require('node:child_process').spawn('sleep', ['60'], { argv0: 'postgres', cwd: process.argv[1], stdio: 'ignore' });
  process.stdout.write(String(child.pid) + '\\n');
  setInterval(() => undefined, 60_000);
`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
}

describe(stopOrphanedPostgres.name, () => {
  let dataDir: string;
  let lockFile: string;
  let processes: ChildProcess[];
  let standInPids: number[];
  let logged: string[];
  const log = (message: string) => logged.push(message);

  /** A stand-in process: `sleep`, optionally named and placed like a postmaster. */
  const runSleep = (options: { argv0?: string; cwd?: string } = {}) => {
    const child = spawn('sleep', ['60'], options);
    processes.push(child);
    return child;
  };

  /** Starts a server stand-in and returns it with the pid of its postgres stand-in. */
  const runServer = async () => {
    const server = spawn(process.execPath, ['-e', SERVER_STAND_IN, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    processes.push(server);
    const [output] = (await once(server.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
    const postgresPid = Number.parseInt(output.toString('utf8'), 10);
    standInPids.push(postgresPid);
    writeFileSync(lockFile, `${postgresPid}\n${dataDir}\n`);
    return { server, postgresPid };
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'lh-orphan-'));
    lockFile = join(dataDir, 'postmaster.pid');
    processes = [];
    standInPids = [];
    logged = [];
  });

  afterEach(() => {
    for (const child of processes) child.kill('SIGKILL');
    for (const pid of standInPids.filter(isAlive)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves a process alone that reuses the PID, and removes the stale lock file', async () => {
    const bystander = runSleep();
    writeFileSync(lockFile, `${bystander.pid}\n${dataDir}\n`);

    await stopOrphanedPostgres(dataDir, log);

    expect(bystander.exitCode).toBeNull();
    expect(bystander.signalCode).toBeNull();
    expect(existsSync(lockFile)).toBe(false);
    expect(logged).toEqual([`Removing stale ${lockFile} (pid ${bystander.pid} is another process now)`]);
  });

  it('leaves a postgres of another data directory alone', async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'lh-orphan-other-'));
    try {
      const otherPostgres = runSleep({ argv0: 'postgres', cwd: otherDir });
      writeFileSync(lockFile, `${otherPostgres.pid}\n`);

      await stopOrphanedPostgres(dataDir, log);

      expect(otherPostgres.signalCode).toBeNull();
      expect(existsSync(lockFile)).toBe(false);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('stops the postgres running in this data directory and waits for it to exit', async () => {
    const orphan = runSleep({ argv0: 'postgres', cwd: dataDir });
    writeFileSync(lockFile, `${orphan.pid}\n${dataDir}\n`);
    const exited = once(orphan, 'exit');

    await stopOrphanedPostgres(dataDir, log);

    expect(await exited).toEqual([null, 'SIGINT']);
  });

  it('removes a lock file whose PID is gone', async () => {
    const gone = runSleep();
    gone.kill('SIGKILL');
    await once(gone, 'exit');
    writeFileSync(lockFile, `${gone.pid}\n`);

    await stopOrphanedPostgres(dataDir, log);

    expect(existsSync(lockFile)).toBe(false);
  });

  it('refuses, without signalling it, a postgres that a live server still runs', async () => {
    const { server, postgresPid } = await runServer();

    const attempt = stopOrphanedPostgres(dataDir, log);

    await expect(attempt).rejects.toThrow(DataDirInUseError);
    await expect(attempt).rejects.toThrow(
      `Another Lukuhaaste server (pid ${server.pid}) is using ${dataDir}; stop it first or set EMBEDDED_PG_DIR/EMBEDDED_PG_PORT for a second one.`,
    );
    expect(isAlive(postgresPid)).toBe(true);
    expect(existsSync(lockFile)).toBe(true);
  });

  it('stops a postgres whose server was killed', async () => {
    const { server, postgresPid } = await runServer();
    server.kill('SIGKILL');
    await once(server, 'exit');
    while (parentOf(postgresPid) === server.pid) await sleep(20);

    await stopOrphanedPostgres(dataDir, log);

    expect(isAlive(postgresPid)).toBe(false);
    expect(logged).toEqual([`Stopping embedded PostgreSQL (pid ${postgresPid}) left running by an earlier process`]);
  });
});
