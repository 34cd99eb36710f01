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
