import { Role } from '@lukuhaaste/api/accounts';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { countQueries } from './support/count-queries';
import { errorCode } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

const BY_SLUG = `query ChallengeBySlug($slug: String!) { challenge(slug: $slug) {
  id status participantCount categoryCount title { fi sv } categories { id position title { fi sv } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateChallengeInput!) { updateChallenge(id: $id, input: $input) { id } }`;
const UPDATE_CATEGORY = `mutation($id: ID!, $input: CategoryInput!) { updateCategory(id: $id, input: $input) { id } }`;
const ARCHIVE = `mutation($id: ID!) { archiveChallenge(id: $id) { id } }`;
const JOIN = `mutation($challengeId: ID!) { joinChallenge(challengeId: $challengeId) { id } }`;

interface ChallengeData {
  challenge: {
    status: string;
    participantCount: number;
    categoryCount: number;
    title: { fi: string; sv: string | null };
    categories: Array<{ id: string; position: number; title: { fi: string; sv: string | null } }>;
  };
}

/** Answers to challenge(slug:) are kept per challenge version: reused while nothing changed, never after a change. */
describe('the public challenge cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const bySlug = (slug: string, token?: string) => t.gql<ChallengeData>(BY_SLUG, { slug }, token ? { token } : {});

  it('answers a repeated query with one small statement and the same answer, signed in or not', async () => {
    const { challenge } = await createTestChallenge(t.dataSource, { categories: 5 });
    const patron = await t.newUser();
    const first = await countQueries(t.dataSource, () => bySlug(challenge.slug));
    expect(first.count).toBe(1);

    let again: Awaited<ReturnType<typeof bySlug>> | undefined;
    const repeated = await countQueries(t.dataSource, async () => {
      again = await bySlug(challenge.slug, patron.token);
    });
    // No session lookup either: the answer is the same for every viewer.
    expect(repeated.statements).toEqual(['SELECT version FROM challenges WHERE slug = $1']);
    expect(again).toMatchObject({ errors: [], data: (await bySlug(challenge.slug)).data });
    expect(again?.data?.challenge.categories).toHaveLength(5);
  });

  it("shows a librarian's edits, translations and archiving, and a join, in the very next answer", async () => {
    const { challenge, categories } = await createTestChallenge(t.dataSource, { categories: 2 });
    const [, second] = categories.map((category) => category.id);
    const librarian = await t.newUser(Role.LIBRARIAN);
    const patron = await t.newUser();
    const as = (token: string, query: string, variables: Record<string, unknown>) =>
      t.gql(query, variables, { token }).then((response) => expect(response.errors).toEqual([]));
    await bySlug(challenge.slug);

    await as(librarian.token, UPDATE_CATEGORY, {
      id: second,
      input: { title: { fi: 'Runokirja', sv: 'Diktbok' } },
    });
    expect((await bySlug(challenge.slug)).data?.challenge.categories[1]?.title).toEqual({
      fi: 'Runokirja',
      sv: 'Diktbok',
    });

    await as(librarian.token, UPDATE, { id: challenge.id, input: { title: { fi: 'Uusi nimi', sv: 'Nytt namn' } } });
    expect((await bySlug(challenge.slug)).data?.challenge.title).toEqual({ fi: 'Uusi nimi', sv: 'Nytt namn' });

    await as(patron.token, JOIN, { challengeId: challenge.id });
    expect((await bySlug(challenge.slug)).data?.challenge.participantCount).toBe(1);

    await as(librarian.token, ARCHIVE, { id: challenge.id });
    expect((await bySlug(challenge.slug)).data?.challenge.status).toBe(ChallengeStatus.ARCHIVED);
  });

  it('shows a change another instance made (straight in the database) in the very next answer', async () => {
    const { challenge, categories } = await createTestChallenge(t.dataSource, { categories: 3 });
    const [first, second, third] = categories.map((category) => category.id);
    await bySlug(challenge.slug);
    await t.dataSource.query(`UPDATE categories SET title = '{"fi": "Muualla muutettu"}' WHERE id = $1`, [third]);
    expect((await bySlug(challenge.slug)).data?.challenge.categories[2]?.title.fi).toBe('Muualla muutettu');

    await t.dataSource.query(`DELETE FROM categories WHERE id = $1`, [first]);
    const after = (await bySlug(challenge.slug)).data?.challenge;
    expect(after?.categoryCount).toBe(2);
    expect(after?.categories.map((category) => category.id)).toEqual([second, third]);
  });

  it('never keeps a draft: a librarian seeing it leaves patrons and visitors with NOT_FOUND', async () => {
    const { challenge } = await createTestChallenge(t.dataSource, { status: ChallengeStatus.DRAFT });
    const librarian = await t.newUser(Role.LIBRARIAN);
    const patron = await t.newUser();
    for (let view = 0; view < 2; view += 1) {
      const viewed = await countQueries(t.dataSource, async () => {
        expect((await bySlug(challenge.slug, librarian.token)).data?.challenge.status).toBe(ChallengeStatus.DRAFT);
      });
      // The session lookup and the challenge each time: nothing was kept.
      expect(viewed.count).toBe(2);
    }
    expect(errorCode(await bySlug(challenge.slug, patron.token))).toBe('NOT_FOUND');
    expect(errorCode(await bySlug(challenge.slug))).toBe('NOT_FOUND');
  });

  it('keeps answers per document: another selection of the same challenge gets its own answer', async () => {
    const { challenge } = await createTestChallenge(t.dataSource, { categories: 2 });
    await bySlug(challenge.slug);
    const other = await t.gql<{ challenge: { slug: string; categories: Array<{ position: number }> } }>(
      `query($slug: String!) { challenge(slug: $slug) { slug categories { position } } }`,
      { slug: challenge.slug },
    );
    expect(other.data).toEqual({ challenge: { slug: challenge.slug, categories: [{ position: 1 }, { position: 2 }] } });
  });
});
