import { Role } from '@lukuhaaste/api/accounts';
import { errorCode } from './graphql-client';
import type { TestApp } from './test-app';

export type Actor = 'anonymous' | 'patron' | 'librarian' | 'admin';

/** `ok` means no error; otherwise the expected `extensions.code`. */
export type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface MatrixCase {
  operation: string;
  /** Builds variables for a fresh target (e.g. another user's id). */
  variables?: (t: TestApp) => Promise<Record<string, unknown>>;
  expected: Record<Actor, Outcome>;
}

const ROLE_OF: Record<Exclude<Actor, 'anonymous'>, Role> = {
  patron: Role.PATRON,
  librarian: Role.LIBRARIAN,
  admin: Role.ADMIN,
};

/**
 * Runs each operation once per actor and checks who may do what. Later
 * contexts add rows (e.g. "another patron", "suspended") to the same shape.
 */
export function describeAuthorizationMatrix(getApp: () => TestApp, cases: Record<string, MatrixCase>): void {
  for (const [name, matrixCase] of Object.entries(cases)) {
    describe(name, () => {
      for (const actor of Object.keys(matrixCase.expected) as Actor[]) {
        it(`${actor} → ${matrixCase.expected[actor]}`, async () => {
          const t = getApp();
          const token = actor === 'anonymous' ? undefined : (await t.newUser(ROLE_OF[actor])).token;
          const variables = (await matrixCase.variables?.(t)) ?? {};
          const response = await t.gql(matrixCase.operation, variables, { token });
          const outcome = response.errors.length === 0 ? 'ok' : errorCode(response);
          expect(outcome).toBe(matrixCase.expected[actor]);
        });
      }
    });
  }
}
