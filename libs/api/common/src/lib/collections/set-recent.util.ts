/**
 * Makes `key` the newest entry of `map` (a Map iterates in insertion order)
 * and drops the oldest entries beyond `max`. Re-setting what is read keeps
 * the least recently used entry first, so it is the one to go.
 */
export function setRecent<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as K);
}
