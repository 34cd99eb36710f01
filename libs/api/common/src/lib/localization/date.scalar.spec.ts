import { GraphQLError, Kind } from 'graphql';
import { DateScalar } from './date.scalar';

describe(DateScalar.name, () => {
  const scalar = new DateScalar();

  it('accepts calendar dates from year 1 to 9999', () => {
    for (const date of ['0001-01-01', '2024-02-29', '2026-05-31', '9999-12-31']) {
      expect(scalar.parseValue(date)).toBe(date);
    }
    expect(scalar.parseLiteral({ kind: Kind.STRING, value: '2026-01-01' })).toBe('2026-01-01');
  });

  it.each(['0000-01-01', '10000-01-01', '2026-02-30', '2025-02-29', '2026-13-01', '2026-5-31', '2026-05-31T00:00', ''])(
    'rejects %j as bad user input that names its field code',
    (date) => {
      expect(() => scalar.parseValue(date)).toThrow(GraphQLError);
      try {
        scalar.parseValue(date);
      } catch (error) {
        expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', fieldCode: 'INVALID_DATE' });
      }
    },
  );

  it('rejects values that are not strings', () => {
    expect(() => scalar.parseValue(20260531)).toThrow(GraphQLError);
    expect(() => scalar.parseLiteral({ kind: Kind.INT, value: '20260531' })).toThrow(GraphQLError);
  });
});
