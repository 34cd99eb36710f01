import type { HttpCall } from '../load/http-requester.ts';

/** An operation as apollo-angular's HttpLink posts it to /graphql. */
export function graphqlCall(
  baseUrl: string,
  operationName: string,
  query: string,
  variables: Record<string, unknown>,
  /** E.g. the session cookie (sessionCookie in sign-in.ts). */
  headers: Record<string, string> = {},
): HttpCall {
  return {
    method: 'POST',
    url: `${baseUrl}/graphql`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ operationName, variables, query }),
  };
}
