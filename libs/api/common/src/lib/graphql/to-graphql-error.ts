import { GraphQLError } from 'graphql';
import { DomainException } from '../errors/domain.exception';

/** The one mapping from domain exceptions to the public error contract. */
export function domainExceptionToGraphqlError(exception: DomainException): GraphQLError {
  return new GraphQLError(exception.message, {
    extensions: {
      code: exception.graphqlCode,
      ...(exception.fields.length > 0 ? { fields: exception.fields } : {}),
      ...exception.extra,
    },
  });
}
