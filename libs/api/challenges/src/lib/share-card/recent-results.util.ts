import { setRecent } from '@lukuhaaste/api/common';

/**
 * Remembers the last `size` results by key (least recently used goes first).
 * Keeps the promise, so simultaneous requests for one key share one
 * computation; a rejected one is forgotten, so the next request tries again.
 */
export function recentResults<T>(size: number): (key: string, compute: () => Promise<T>) => Promise<T> {
  const results = new Map<string, Promise<T>>();
  return (key, compute) => {
    const known = results.get(key);
    const result = known ?? compute();
    setRecent(results, key, result, size);
    if (!known) result.catch(() => results.get(key) === result && results.delete(key));
    return result;
  };
}
