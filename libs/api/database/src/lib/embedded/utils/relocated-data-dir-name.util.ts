import { createHash } from 'node:crypto';

const MAX_READABLE_LENGTH = 60;

/**
 * A directory name that stands for one configured data directory: readable
 * (the path's words) and unique (a hash of the whole absolute path), so each
 * checkout keeps its own cluster and finds it again on the next start.
 */
export function relocatedDataDirName(absoluteDataDir: string): string {
  const readable = absoluteDataDir
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(-MAX_READABLE_LENGTH)
    .replace(/^-+|-+$/g, '');
  const hash = createHash('sha256').update(absoluteDataDir).digest('hex').slice(0, 12);
  return readable ? `${readable}-${hash}` : hash;
}
