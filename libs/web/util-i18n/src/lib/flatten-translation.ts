import type { Translation } from '@jsverse/transloco';

/**
 * `{ a: { b: 'x' } }` as `{ 'a.b': 'x' }`, the shape Transloco looks keys up
 * in. The loader hands Transloco texts already in this shape (its
 * `flatten.aot`), so a server-rendered page's texts are flattened once on the
 * server rather than again in every reader's browser during start-up.
 */
export function flattenTranslation(nested: Translation, prefix = '', into: Translation = {}): Translation {
  for (const [key, value] of Object.entries(nested)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      flattenTranslation(value as Translation, path, into);
    } else {
      into[path] = value;
    }
  }
  return into;
}
