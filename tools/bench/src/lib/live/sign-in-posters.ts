import { signIn } from '../graphql/sign-in.ts';
import { patronEmail } from '../seed/bench-dataset.constant.ts';

/**
 * Session tokens of the first `count` seeded patrons, signed in through the
 * API's login mutation. Posts rotate over them: the per-user comment limit
 * (10 a minute) is a product rule the bench must not trip over.
 */
export async function signInPosters(baseUrl: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let n = 1; n <= count; n += 1) tokens.push(await signIn(baseUrl, patronEmail(n)));
  return tokens;
}
