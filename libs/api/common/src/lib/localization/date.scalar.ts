import { CustomScalar, Scalar } from '@nestjs/graphql';
import { isIsoDate } from '@lukuhaaste/shared/util-rules';
import { GraphQLError, Kind, type ValueNode } from 'graphql';

function parse(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new GraphQLError('Date must be a calendar date like 2026-05-31.', { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A calendar date (YYYY-MM-DD) kept as a string end to end: no time zone shifts. */
@Scalar('Date')
export class DateScalar implements CustomScalar<string, string> {
  description = 'A calendar date, YYYY-MM-DD (no time zone).';

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
