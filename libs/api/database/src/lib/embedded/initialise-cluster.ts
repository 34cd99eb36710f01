import { randomBytes } from 'node:crypto';
import { chownSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaryIn } from './postgres-binaries';
import type { PostgresIdentity } from './postgres-identity';
import { spawnPostgresTool } from './spawn-postgres-tool';
import { toolFailure, waitForExit } from './tool-failure';

export interface ClusterSettings {
  binariesDir: string;
  dataDir: string;
  user: string;
  password: string;
  runAs: PostgresIdentity | null;
}

/**
 * Runs initdb. UTF-8 with PostgreSQL's own C.UTF-8 locale, so the cluster
 * sorts and lower-cases the same on every machine whatever the OS locales
 * (a root shell without LANG would otherwise get SQL_ASCII).
 */
export async function initialiseCluster(settings: ClusterSettings): Promise<void> {
  const passwordFile = join(tmpdir(), `lh-pg-password-${randomBytes(8).toString('hex')}`);
  writeFileSync(passwordFile, `${settings.password}\n`, { mode: 0o600 });
  try {
    if (settings.runAs) chownSync(passwordFile, settings.runAs.uid, settings.runAs.gid);
    const initdb = binaryIn(settings.binariesDir, 'initdb');
    const tool = spawnPostgresTool(
      initdb,
      [
        `--pgdata=${settings.dataDir}`,
        `--username=${settings.user}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--lc-messages=C',
      ],
      settings.runAs,
    );
    const exit = await waitForExit(tool.child, settings.runAs !== null);
    if (exit !== 0) throw toolFailure(initdb, `stopped (exit ${exit})`, tool.outputTail(), settings.runAs !== null);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}
