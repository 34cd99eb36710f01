import { Kind, type OperationDefinitionNode } from 'graphql';

/**
 * The slug when the operation is a query of nothing but `challenge(slug: …)`,
 * else null. What such a query can select (PUBLIC_CHALLENGE_FIELDS) is the
 * same for everyone allowed to see the challenge, so its answer can be shared.
 */
export function publicChallengeSlug(
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): string | null {
  const selections = operation.selectionSet.selections;
  if (operation.operation !== 'query' || selections.length !== 1) return null;
  const [field] = selections;
  if (field?.kind !== Kind.FIELD || field.name.value !== 'challenge' || field.directives?.length) return null;
  const [argument, ...others] = field.arguments ?? [];
  if (argument?.name.value !== 'slug' || others.length > 0) return null;
  const { value } = argument;
  if (value.kind === Kind.STRING) return value.value;
  if (value.kind !== Kind.VARIABLE) return null;
  const slug = variables[value.name.value];
  return typeof slug === 'string' ? slug : null;
}

/**
 * The cache key of an answer: the document, the operation and the values of
 * the variables it declares (variables it does not declare change nothing in
 * the answer, so they must not make another key).
 */
export function answerKey(
  queryHash: string,
  operationName: string | null,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): string {
  const declared = (operation.variableDefinitions ?? [])
    .map((definition) => definition.variable.name.value)
    .filter((name) => name in variables)
    .map((name) => [name, variables[name]]);
  return `${queryHash}\n${operationName ?? ''}\n${JSON.stringify(declared)}`;
}
