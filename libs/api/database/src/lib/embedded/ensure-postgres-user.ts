import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { userInfo } from 'node:os';

const POSTGRES_USER = 'postgres';

function idOf(flag: '-u' | '-g'): number | null {
  try {
    return Number.parseInt(execFileSync('id', [flag, POSTGRES_USER], { encoding: 'utf8' }), 10);
  } catch {
    return null;
  }
}

/**
 * initdb and postgres refuse to run as root. When we are root, make sure an
 * unprivileged `postgres` system user exists and owns the data directory, so
 * the embedded server can run as that user. A no-op for ordinary users.
 */
export function ensurePostgresUserOwns(dataDir: string): void {
  // Parents keep the default mode so the postgres user can traverse them.
  mkdirSync(dirname(dataDir), { recursive: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (userInfo().uid !== 0) return;
  if (idOf('-u') === null) {
    const groupExists = idOf('-g') !== null;
    execFileSync('useradd', [
      '--system',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      ...(groupExists ? ['-g', POSTGRES_USER] : ['--user-group']),
      POSTGRES_USER,
    ]);
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === null || gid === null)
    throw new Error('Could not create the unprivileged "postgres" user needed to run embedded PostgreSQL as root.');
  chownSync(dataDir, uid, gid);
}
