import { spawnSync } from 'node:child_process';
import type { PostgresIdentity } from './postgres-identity';

/** A `test(1)` primary: `-x` searchable directory or executable file, `-w` writable. */
export interface AccessCheck {
  path: string;
  test: '-x' | '-w';
}

/**
 * Asks the kernel, as the postgres user, whether it may use each path — every
 * ancestor's mode, owner, group and ACL counts, exactly as for the server
 * itself (which Node also starts with no supplementary groups).
 */
export function postgresCanReach(identity: PostgresIdentity, checks: AccessCheck[]): boolean {
  // Paths travel as positional parameters, never inside the script text.
  const script = checks.map((check, index) => `test ${check.test} "\${${index + 1}}"`).join(' && ');
  const result = spawnSync('/bin/sh', ['-c', script, 'sh', ...checks.map((check) => check.path)], {
    uid: identity.uid,
    gid: identity.gid,
    cwd: '/',
    stdio: 'ignore',
  });
  return result.status === 0;
}
