import { patronEmail, BENCH_PASSWORD } from '../seed/bench-dataset.constant.ts';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;

/**
 * Session tokens of the first `count` seeded patrons, signed in through the
 * API's login mutation. Posts rotate over them: the per-user comment limit
 * (10 a minute) is a product rule the bench must not trip over.
 */
export async function signInPosters(baseUrl: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: patronEmail(n), password: BENCH_PASSWORD } } }),
    });
    const body = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
    if (!body.data) throw new Error(`Signing in ${patronEmail(n)} failed: ${JSON.stringify(body.errors)}`);
    tokens.push(body.data.login.token);
  }
  return tokens;
}
