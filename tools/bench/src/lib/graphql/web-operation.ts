import { addTypenameToDocument } from '@apollo/client/utilities';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';

const DOCUMENTS_DIR = join(import.meta.dirname, '../../../../../libs/web/data-access/src/lib');

/**
 * The query text the web app sends for one of its operations: the operation
 * from libs/web/data-access with every fragment it spreads, and `__typename`
 * added where Apollo Client's cache adds it. So the bench asks the API for
 * exactly what the page asks for, and changes to the page's documents reach
 * the bench by themselves.
 */
export function webOperation(operationName: string): string {
  const definitions = readdirSync(DOCUMENTS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(join(DOCUMENTS_DIR, file), 'utf8')).definitions);
  const operation = definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === operationName,
  );
  if (!operation) throw new Error(`The web app has no operation ${operationName} in ${DOCUMENTS_DIR}.`);
  const fragments = new Map(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...spreadFragments(operation, fragments)],
  };
  return print(addTypenameToDocument(document));
}

/** Every fragment `root` needs, directly or through other fragments, each once. */
function spreadFragments(
  root: DefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`Fragment ${name} is not defined in the web app's documents.`);
        if (needed.has(name)) return;
        needed.set(name, fragment);
        collect(fragment);
      },
    });
  collect(root);
  return [...needed.values()];
}
