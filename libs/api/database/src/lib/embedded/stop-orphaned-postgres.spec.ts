import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopOrphanedPostgres } from './stop-orphaned-postgres';

describe(stopOrphanedPostgres.name, () => {
  let dataDir: string;
  let lockFile: string;
  let processes: ChildProcess[];
  let logged: string[];
  const log = (message: string) => logged.push(message);

  /** A stand-in process: `sleep`, optionally named and placed like a postmaster. */
  const runSleep = (options: { argv0?: string; cwd?: string } = {}) => {
    const child = spawn('sleep', ['60'], options);
    processes.push(child);
    return child;
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'lh-orphan-'));
    lockFile = join(dataDir, 'postmaster.pid');
    processes = [];
    logged = [];
  });

  afterEach(() => {
    for (const child of processes) child.kill('SIGKILL');
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
});
