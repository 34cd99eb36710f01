import type { EditorCategory } from '@lukuhaaste/web/data-access/librarian';

/** Where the move buttons of the category at `position` (1..count) would take it; null at the ends. */
export function moveTargets(position: number, count: number): { up: number | null; down: number | null } {
  return { up: position > 1 ? position - 1 : null, down: position < count ? position + 1 : null };
}

/**
 * The list as the server orders it after `addCategory`: later categories shift down by one.
 * `categories` is in position order (1..n), as the API sends it.
 */
export function insertCategory(categories: readonly EditorCategory[], created: EditorCategory): EditorCategory[] {
  const shifted = categories.map((category) =>
    category.position >= created.position ? { ...category, position: category.position + 1 } : category,
  );
  shifted.splice(created.position - 1, 0, created);
  return shifted;
}

/** The expected order while `moveCategory` is on its way (the server's answer replaces it); `categories` in position order. */
export function moveLocally(categories: readonly EditorCategory[], id: string, position: number): EditorCategory[] {
  const ordered = [...categories];
  const from = ordered.findIndex((category) => category.id === id);
  if (from < 0) return ordered;
  const [moved] = ordered.splice(from, 1);
  ordered.splice(Math.min(Math.max(position, 1), ordered.length + 1) - 1, 0, moved);
  return ordered.map((category, index) =>
    category.position === index + 1 ? category : { ...category, position: index + 1 },
  );
}
