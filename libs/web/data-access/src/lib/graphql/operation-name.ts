import type { DocumentNode } from 'graphql';

/** Read by hand: graphql's own helpers would pull the library into the initial bundle. */
export function operationName(document: DocumentNode): string {
  const operation = document.definitions.find((definition) => 'operation' in definition);
  return operation && 'name' in operation ? (operation.name?.value ?? '') : '';
}
