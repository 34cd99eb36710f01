import { createHash } from 'node:crypto';

export interface KeyedFile {
  path: string;
  content: string | Buffer;
}

/**
 * Names one seeded dataset: the dataset's name and everything that shapes its
 * rows (the schema's migrations and the seed's own code). Any change gives a
 * new key, so a cached cluster is never reused for another schema or seed.
 */
export function datasetKey(dataset: string, files: readonly KeyedFile[]): string {
  const hash = createHash('sha256').update(dataset);
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`\0${file.path}\0`).update(file.content);
  }
  return `${dataset}-${hash.digest('hex').slice(0, 12)}`;
}
