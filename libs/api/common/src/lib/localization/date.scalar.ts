import { CustomScalar, Scalar } from '@nestjs/graphql';
import { isIsoDate } from '@lukuhaaste/shared/util-rules';
import { GraphQLError, Kind, type ValueNode } from 'graphql';

/** Year 0000 is valid ISO 8601 but not a PostgreSQL date; four digits rule out 10000 and later. */
const EARLIEST = '0001-01-01';

function parse(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value) && value >= EARLIEST) return value;
  // `fieldCode` becomes `fields: [{ field, code }]` once the error's path is known (see nameCoercedField).
  throw new GraphQLError('Date must be a calendar date from 0001-01-01 to 9999-12-31, like 2026-05-31.', {
    extensions: { code: 'BAD_USER_INPUT', fieldCode: 'INVALID_DATE' },
  });
}

/** A calendar date (YYYY-MM-DD) kept as a string end to end: no time zone shifts. */
@Scalar('Date')
export class DateScalar implements CustomScalar<string, string> {
  description = 'A calendar date, YYYY-MM-DD from 0001-01-01 to 9999-12-31 (no time zone).';

  parseValue(value: unknown): string {
    return parse(value);
  }

  serialize(value: unknown): string {
    return typeof value === 'string' ? value : (value as Date).toISOString().slice(0, 10);
  }

  parseLiteral(ast: ValueNode): string {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  }
}
