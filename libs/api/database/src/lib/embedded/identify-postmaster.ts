import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename } from 'node:path';

export type PostmasterIdentity = 'this-data-dir' | 'another-process' | 'unknown';

/**
 * Whether `pid` is the postmaster of `dataDir`: its program is `postgres` and
 * its working directory is that data directory (a postmaster changes into its
 * data directory at start). A PID reused by any other process after a reboot
 * fails either test. `unknown` where there is no /proc to ask.
 */
export function identifyPostmaster(pid: number, dataDir: string): PostmasterIdentity {
  if (!existsSync('/proc/self/cmdline')) return 'unknown';
  try {
    const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    if (basename(program) !== 'postgres') return 'another-process';
    return realpathSync(`/proc/${pid}/cwd`) === realpathSync(dataDir) ? 'this-data-dir' : 'another-process';
  } catch {
    // Gone meanwhile, or another user's process we may not inspect: not a server of our data directory.
    return 'another-process';
  }
}
