import { print, type DocumentNode } from 'graphql';

const printed = new WeakMap<DocumentNode, string>();

/** A document as query text, printed once; imported lazily, so graphql's printer stays out of the initial bundle. */
export function printDocument(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}
