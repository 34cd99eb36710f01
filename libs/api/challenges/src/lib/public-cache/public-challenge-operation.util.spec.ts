import { parse, type OperationDefinitionNode } from 'graphql';
import { answerKey, publicChallengeSlug } from './public-challenge-operation.util';

const operationOf = (document: string) => parse(document).definitions[0] as OperationDefinitionNode;
const slugOf = (document: string, variables: Record<string, unknown> = {}) =>
  publicChallengeSlug(operationOf(document), variables);

describe(publicChallengeSlug.name, () => {
  it('finds the slug of a query of nothing but challenge(slug:), as a variable or inline', () => {
    expect(slugOf('query ChallengeBySlug($slug: String!) { challenge(slug: $slug) { id } }', { slug: 'a' })).toBe('a');
    expect(slugOf('{ page: challenge(slug: "b") { id categories { id } } }')).toBe('b');
  });

  it('refuses anything else', () => {
    expect(slugOf('query($id: ID) { challenge(id: $id) { id } }', { id: 'x' })).toBeNull();
    expect(slugOf('{ challenge(slug: "a", id: "b") { id } }')).toBeNull();
    expect(slugOf('{ challenge(slug: "a") { id } myParticipation(challengeId: "c") { id } }')).toBeNull();
    expect(slugOf('{ challenge(slug: "a") { id } __typename }')).toBeNull();
    expect(slugOf('query($on: Boolean!) { challenge(slug: "a") @include(if: $on) { id } }', { on: true })).toBeNull();
    expect(slugOf('{ ...Page } fragment Page on Query { challenge(slug: "a") { id } }')).toBeNull();
    expect(slugOf('mutation { challenge(slug: "a") { id } }')).toBeNull();
    expect(slugOf('query($slug: String) { challenge(slug: $slug) { id } }', {})).toBeNull();
  });
});

describe(answerKey.name, () => {
  const operation = operationOf('query Page($slug: String!, $on: Boolean = true) { challenge(slug: $slug) { id } }');

  it('tells documents, operations and declared variables apart', () => {
    const key = answerKey('hash', 'Page', operation, { slug: 'a' });
    expect(answerKey('other', 'Page', operation, { slug: 'a' })).not.toBe(key);
    expect(answerKey('hash', 'Other', operation, { slug: 'a' })).not.toBe(key);
    expect(answerKey('hash', 'Page', operation, { slug: 'b' })).not.toBe(key);
    expect(answerKey('hash', 'Page', operation, { slug: 'a', on: true })).not.toBe(key);
  });

  it('ignores variables the operation does not declare', () => {
    expect(answerKey('hash', 'Page', operation, { slug: 'a', junk: Math.random() })).toBe(
      answerKey('hash', 'Page', operation, { slug: 'a' }),
    );
  });
});
