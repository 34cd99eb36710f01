import { execFileSync } from 'node:child_process';
import { EmbeddedPostgresUnavailableError } from './embedded-postgres-unavailable.error';

/** The unprivileged OS account the server runs as when we are root. */
export interface PostgresIdentity {
  uid: number;
  gid: number;
}

const POSTGRES_USER = 'postgres';

function idOf(flag: '-u' | '-g'): number | null {
  try {
    return Number.parseInt(execFileSync('id', [flag, POSTGRES_USER], { encoding: 'utf8' }), 10);
  } catch {
    return null;
  }
}

/**
 * initdb and postgres refuse to run as root, so as root they run as a
 * `postgres` system user, created here when the machine has none.
 */
export function ensurePostgresUser(): PostgresIdentity {
  if (idOf('-u') === null) {
    const groupExists = idOf('-g') !== null;
    try {
      execFileSync(
        'useradd',
        [
          '--system',
          '--no-create-home',
          '--shell',
          '/usr/sbin/nologin',
          ...(groupExists ? ['-g', POSTGRES_USER] : ['--user-group']),
          POSTGRES_USER,
        ],
        { stdio: 'ignore' },
      );
    } catch {
      // Reported below in one sentence: the exit status of useradd adds nothing a user can act on.
    }
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === null || gid === null)
    throw new EmbeddedPostgresUnavailableError('the unprivileged "postgres" user could not be created', true);
  return { uid, gid };
}
