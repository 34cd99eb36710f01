import { Role } from '@lukuhaaste/api/accounts';
import { errorCode } from './support/graphql-client';
import { insertChallenge, type FixtureChallenge } from './support/reading-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

type Actor = 'anonymous' | 'owner' | 'otherPatron' | 'librarian' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'owner', 'otherPatron', 'librarian', 'admin'];

/**
 * Entries belong to their patron: nobody else — not even staff — edits or
 * removes them. Logging needs only a login.
 */
describe('reading authorization matrix', () => {
  let t: TestApp;
  let challenge: FixtureChallenge;
  beforeAll(async () => {
    t = await startTestApp();
    challenge = await insertChallenge(t.dataSource, { categories: 5 });
  });
  afterAll(() => t.close());

  async function tokenFor(actor: Actor, ownerToken: string): Promise<string | undefined> {
    if (actor === 'anonymous') return undefined;
    if (actor === 'owner') return ownerToken;
    const role = actor === 'librarian' ? Role.LIBRARIAN : actor === 'admin' ? Role.ADMIN : Role.PATRON;
    return (await t.newUser(role)).token;
  }

  async function ownersEntry(): Promise<{ ownerToken: string; entryId: string }> {
    const owner = await t.newUser();
    const logged = await t.gql<{ logReading: { id: string } }>(
      'mutation($input: LogReadingInput!) { logReading(input: $input) { id } }',
      {
        input: {
          challengeId: challenge.id,
          categoryId: challenge.categoryIds[0],
          newBook: { title: 'Oma', authors: ['Kirjailija'] },
        },
      },
      { token: owner.token },
    );
    return { ownerToken: owner.token, entryId: logged.data!.logReading.id };
  }

  const cases: Record<
    string,
    { run: (token: string | undefined, entryId: string) => ReturnType<TestApp['gql']>; expected: Record<Actor, string> }
  > = {
    logReading: {
      run: (token) =>
        t.gql(
          'mutation($input: LogReadingInput!) { logReading(input: $input) { id } }',
          { input: { challengeId: challenge.id, newBook: { title: 'Uusi', authors: ['K'] } } },
          { token },
        ),
      expected: { anonymous: 'UNAUTHENTICATED', owner: 'ok', otherPatron: 'ok', librarian: 'ok', admin: 'ok' },
    },
    updateReading: {
      run: (token, id) =>
        t.gql('mutation($id: ID!) { updateReading(id: $id, input: { rating: 3 }) { id } }', { id }, { token }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        owner: 'ok',
        otherPatron: 'FORBIDDEN',
        librarian: 'FORBIDDEN',
        admin: 'FORBIDDEN',
      },
    },
    removeReading: {
      run: (token, id) => t.gql('mutation($id: ID!) { removeReading(id: $id) { id } }', { id }, { token }),
      expected: {
        anonymous: 'UNAUTHENTICATED',
        owner: 'ok',
        otherPatron: 'FORBIDDEN',
        librarian: 'FORBIDDEN',
        admin: 'FORBIDDEN',
      },
    },
    categoryReads: {
      run: (token) =>
        t.gql(
          'query($id: ID!) { categoryReads(categoryId: $id) { totalCount } }',
          { id: challenge.categoryIds[0] },
          { token },
        ),
      expected: { anonymous: 'ok', owner: 'ok', otherPatron: 'ok', librarian: 'ok', admin: 'ok' },
    },
  };

  for (const [name, { run, expected }] of Object.entries(cases)) {
    describe(name, () => {
      for (const actor of ACTORS) {
        it(`${actor} → ${expected[actor]}`, async () => {
          const { ownerToken, entryId } = await ownersEntry();
          const response = await run(await tokenFor(actor, ownerToken), entryId);
          expect(response.errors.length === 0 ? 'ok' : errorCode(response)).toBe(expected[actor]);
        });
      }
    });
  }
});
