import { BENCH_PASSWORD } from '../seed/bench-dataset.constant.ts';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;

/** A seeded patron's session token, from the API's own login mutation (the web app gets it as the lh_session cookie). */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password: BENCH_PASSWORD } } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`Signing in ${email} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** The Cookie header the browser sends with the session. */
export const sessionCookie = (token: string) => ({ cookie: `lh_session=${token}` });
