/**
 * Remembers the last `size` results by key (least recently used goes first).
 * Keeps the promise, so simultaneous requests for one key share one
 * computation; a rejected one is forgotten, so the next request tries again.
 */
export function recentResults<T>(size: number): (key: string, compute: () => Promise<T>) => Promise<T> {
  const results = new Map<string, Promise<T>>();
  return (key, compute) => {
    const known = results.get(key);
    results.delete(key);
    const result = known ?? compute();
    results.set(key, result);
    if (!known) result.catch(() => results.get(key) === result && results.delete(key));
    if (results.size > size) results.delete(results.keys().next().value as string);
    return result;
  };
}
