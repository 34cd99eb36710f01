import { getOperationAST, parse } from 'graphql';
import { BoundedLabel, OTHER_LABEL } from '../bounded-label';
import { isOperationName, MAX_OPERATION_NAMES } from './label-rules';
import { ANONYMOUS_OPERATION, INVALID_OPERATION, operationLabel } from './operation-label';

const operationOf = (source: string, name?: string) => getOperationAST(parse(source), name) ?? undefined;

describe(operationLabel.name, () => {
  let names: BoundedLabel;
  beforeEach(() => {
    names = new BoundedLabel(MAX_OPERATION_NAMES, isOperationName);
  });

  it("labels an operation with the document's name for it", () => {
    expect(operationLabel(operationOf('query ChallengeBySlug { __typename }'), names)).toBe('ChallengeBySlug');
    expect(operationLabel(operationOf('mutation Login { __typename }'), names)).toBe('Login');
  });

  it('picks the executed operation of a document with several', () => {
    const document = 'query A { __typename } query B { __typename }';
    expect(operationLabel(operationOf(document, 'B'), names)).toBe('B');
  });

  it('gives anonymous operations one fixed label', () => {
    expect(operationLabel(operationOf('{ __typename }'), names)).toBe(ANONYMOUS_OPERATION);
    expect(operationLabel(operationOf('query { __typename }'), names)).toBe(ANONYMOUS_OPERATION);
  });

  it('gives requests without an operation (not parsed, not valid, unknown operationName) one fixed label', () => {
    expect(operationLabel(undefined, names)).toBe(INVALID_OPERATION);
    expect(operationLabel(operationOf('query A { __typename } query B { __typename }', 'C'), names)).toBe(
      INVALID_OPERATION,
    );
  });

  it('collapses names longer than 100 characters', () => {
    expect(operationLabel(operationOf(`query ${'N'.repeat(100)} { __typename }`), names)).toBe('N'.repeat(100));
    expect(operationLabel(operationOf(`query ${'L'.repeat(101)} { __typename }`), names)).toBe(OTHER_LABEL);
  });

  it(`keeps at most ${MAX_OPERATION_NAMES} names of their own, whoever chose them`, () => {
    for (let i = 0; i < MAX_OPERATION_NAMES; i += 1) {
      expect(operationLabel(operationOf(`query Op${i} { __typename }`), names)).toBe(`Op${i}`);
    }
    expect(operationLabel(operationOf('query OneTooMany { __typename }'), names)).toBe(OTHER_LABEL);
    expect(operationLabel(operationOf('query Op0 { __typename }'), names)).toBe('Op0');
  });

  it('never mistakes a fixed label for a name', () => {
    for (const fixed of [ANONYMOUS_OPERATION, INVALID_OPERATION, OTHER_LABEL])
      expect(isOperationName(fixed)).toBe(false);
  });
});
