import { Role } from '@lukuhaaste/api/accounts';
import type { TestUser } from '@lukuhaaste/api/accounts/testing';
import { suspend } from './discussion-fixtures';
import { errorCode } from './graphql-client';
import type { TestApp } from './test-app';

export type Actor = 'anonymous' | 'patron' | 'librarian' | 'admin';
/** Rows a case may add: a patron acting on someone else's target, and a suspended patron. */
export type OptionalActor = 'anotherPatron' | 'suspended';

/** `ok` means no error; otherwise the expected `extensions.code`. */
export type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface MatrixCase {
  operation: string;
  /**
   * Builds variables for a fresh target (e.g. another user's id). `owner` is
   * whose the target should be, for operations on one's own things: the
   * acting user, except for `anotherPatron` and `anonymous` (a fresh patron).
   */
  variables?: (t: TestApp, owner: TestUser) => Promise<Record<string, unknown>>;
  expected: Record<Actor, Outcome> & Partial<Record<OptionalActor, Outcome>>;
}

const ROLE_OF: Record<Exclude<Actor | OptionalActor, 'anonymous'>, Role> = {
  patron: Role.PATRON,
  anotherPatron: Role.PATRON,
  suspended: Role.PATRON,
  librarian: Role.LIBRARIAN,
  admin: Role.ADMIN,
};

/** Runs each operation once per actor and checks who may do what. */
export function describeAuthorizationMatrix(getApp: () => TestApp, cases: Record<string, MatrixCase>): void {
  for (const [name, matrixCase] of Object.entries(cases)) {
    describe(name, () => {
      for (const [actor, expected] of Object.entries(matrixCase.expected) as Array<[Actor | OptionalActor, Outcome]>) {
        it(`${actor} → ${expected}`, async () => {
          const t = getApp();
          const acting = actor === 'anonymous' ? null : await t.newUser(ROLE_OF[actor]);
          if (actor === 'suspended' && acting) await suspend(t.dataSource, acting.user.id);
          const owner = actor === 'anotherPatron' || !acting ? await t.newUser() : acting;
          const variables = (await matrixCase.variables?.(t, owner)) ?? {};
          const response = await t.gql(matrixCase.operation, variables, { token: acting?.token });
          expect(response.errors.length === 0 ? 'ok' : errorCode(response)).toBe(expected);
        });
      }
    });
  }
}
