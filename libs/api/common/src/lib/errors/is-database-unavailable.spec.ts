import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './is-database-unavailable';

/** An error as pg raises it: a message and, from the server or the socket, a code. */
function pgError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

describe(isDatabaseUnavailable.name, () => {
  it.each([
    ['the server refusing connections (stopped)', pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', pgError('read ECONNRESET', 'ECONNRESET')],
    ['an unknown host', pgError('getaddrinfo ENOTFOUND db', 'ENOTFOUND')],
    ['the server shutting down', pgError('terminating connection due to administrator command', '57P01')],
    ['the server starting up', pgError('the database system is starting up', '57P03')],
    ['a connection exception', pgError('connection failure', '08006')],
    ['a dropped connection', pgError('Connection terminated unexpectedly')],
    ['a connect timeout', pgError('Connection terminated due to connection timeout')],
    ['a client broken by an earlier error', pgError('Client has encountered a connection error and is not queryable')],
    ['no free pooled connection in time', pgError('timeout exceeded when trying to connect')],
  ])('is true for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('duplicate key value violates unique constraint "users_email_key"', '23505')],
    ['a statement timeout', pgError('canceling statement due to statement timeout', '57014')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing thrown', undefined],
    ['a thrown string', 'ECONNREFUSED'],
  ])('is false for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('looks through what GraphQL, TypeORM and Node wrap around the cause', () => {
    const refused = pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED');
    const query = new QueryFailedError('SELECT 1', [], pgError('Connection terminated unexpectedly'));
    expect(isDatabaseUnavailable(new GraphQLError('boom', { originalError: query }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('lookup failed', { cause: refused }))).toBe(true);
    // Node tries every address of a host name and reports all failures together.
    expect(isDatabaseUnavailable(new AggregateError([refused, refused]))).toBe(true);
  });

  it('survives an error that wraps itself', () => {
    const looped = new Error('loop') as Error & { cause?: unknown };
    looped.cause = looped;
    expect(isDatabaseUnavailable(looped)).toBe(false);
  });
});
