/** Where two JSON responses part ways: a path such as `data.comments.edges[3].node.rating`. */
export interface JsonDifference {
  path: string;
  left: string;
  right: string;
}

/**
 * Null when the two texts are byte-equal. Otherwise the first place where
 * they differ, structurally when both parse (key order counts: it changes
 * the bytes), else the text around the first differing character.
 */
export function firstJsonDifference(left: string, right: string): JsonDifference | null {
  if (left === right) return null;
  try {
    const found = differenceIn(JSON.parse(left), JSON.parse(right), '');
    if (found) return found;
  } catch {
    // Not JSON on one side: the text itself is the difference.
  }
  return textDifference(left, right);
}

function differenceIn(left: unknown, right: unknown, path: string): JsonDifference | null {
  if (Array.isArray(left) && Array.isArray(right)) {
    for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
      if (index >= left.length || index >= right.length) {
        return at(`${label(path)} length`, left.length, right.length);
      }
      const found = differenceIn(left[index], right[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (isObject(left) && isObject(right)) {
    const leftKeys = Object.keys(left);
    const rightKeys = Object.keys(right);
    for (let index = 0; index < Math.max(leftKeys.length, rightKeys.length); index += 1) {
      const key = leftKeys[index];
      if (key === undefined || key !== rightKeys[index]) return at(`${label(path)} keys`, leftKeys, rightKeys);
      const found = differenceIn(left[key], right[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return null;
  }
  return JSON.stringify(left) === JSON.stringify(right) ? null : at(path, left, right);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function label(path: string): string {
  return path || '(root)';
}

function at(path: string, left: unknown, right: unknown): JsonDifference {
  return { path: label(path), left: JSON.stringify(left), right: JSON.stringify(right) };
}

function textDifference(left: string, right: string): JsonDifference {
  let index = 0;
  while (index < left.length && left[index] === right[index]) index += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, index - 20), index + 20));
  return { path: `(text at character ${index})`, left: around(left), right: around(right) };
}
