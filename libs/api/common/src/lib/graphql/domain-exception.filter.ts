import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainException } from '../errors/domain.exception';
import { domainExceptionToGraphqlError } from './to-graphql-error';

/** Turns a DomainException thrown anywhere in a resolver into a coded GraphQL error. */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException) {
    return domainExceptionToGraphqlError(exception);
  }
}
