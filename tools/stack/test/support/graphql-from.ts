import { request } from 'node:http';

/**
 * A GraphQL POST from `localAddress`: every 127.x.y.z is this machine, so a
 * second address is a second client, as far as nginx and the API can tell.
 */
export function graphqlFrom(
  localAddress: string,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ errors?: Array<{ extensions?: { code?: string } }> }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${baseUrl}/graphql`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve(JSON.parse(body)));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(JSON.stringify({ query, variables }));
  });
}
