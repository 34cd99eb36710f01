import { Role } from '@lukuhaaste/api/accounts';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

const CHALLENGE_FIELDS = `id slug year status startsOn endsOn allowBookReuse publishedAt categoryCount
  title { fi sv en } description { fi sv en } categories { id position title { fi sv en } description { fi } }`;
const CREATE = `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { ${CHALLENGE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateChallengeInput!) { updateChallenge(id: $id, input: $input) { ${CHALLENGE_FIELDS} } }`;
const ADD = `mutation($challengeId: ID!, $input: CategoryInput!, $position: Int) { addCategory(challengeId: $challengeId, input: $input, position: $position) { id challengeId position title { fi sv } } }`;
const UPDATE_CATEGORY = `mutation($id: ID!, $input: CategoryInput!) { updateCategory(id: $id, input: $input) { id position title { fi sv } description { fi } } }`;
const MOVE = `mutation($id: ID!, $position: Int!) { moveCategory(id: $id, position: $position) { id categories { id position title { fi } } } }`;
const REMOVE = `mutation($id: ID!) { removeCategory(id: $id) { id categoryCount categories { id position title { fi } } } }`;
const PUBLISH = `mutation($id: ID!) { publishChallenge(id: $id) { ${CHALLENGE_FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveChallenge(id: $id) { id status } }`;
const CLONE = `mutation($sourceId: ID!, $year: Int!) { cloneChallenge(sourceId: $sourceId, year: $year) { ${CHALLENGE_FIELDS} } }`;

interface ChallengeData {
  id: string;
  slug: string;
  year: number;
  status: string;
  startsOn: string;
  endsOn: string;
  allowBookReuse: boolean;
  publishedAt: string | null;
  categoryCount: number;
  title: { fi: string; sv: string | null; en: string | null };
  categories: Array<{ id: string; position: number; title: { fi: string } }>;
}

function fields(response: GraphqlResponse<unknown>) {
  return response.errors[0]?.extensions?.fields;
}

describe('challenge editor over GraphQL', () => {
  let t: TestApp;
  let token: string;
  const as = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    t.gql<T>(query, variables, { token });

  beforeAll(async () => {
    t = await startTestApp();
    token = (await t.newUser(Role.LIBRARIAN)).token;
  });
  afterAll(() => t.close());

  async function createDraft(year: number): Promise<ChallengeData> {
    const response = await as<{ createChallenge: ChallengeData }>(CREATE, {
      input: { year, title: { fi: `Helmet-lukuhaaste ${year}` } },
    });
    expect(response.errors).toEqual([]);
    return response.data!.createChallenge;
  }

  async function addCategories(challengeId: string, titles: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const fi of titles) {
      const response = await as<{ addCategory: { id: string } }>(ADD, { challengeId, input: { title: { fi } } });
      expect(response.errors).toEqual([]);
      ids.push(response.data!.addCategory.id);
    }
    return ids;
  }

  it('runs the whole editor flow: create → add → move → remove → publish → clone → archive', async () => {
    const created = await as<{ createChallenge: ChallengeData }>(CREATE, {
      input: {
        year: 2060,
        title: { fi: ' Helmet-lukuhaaste 2060 ', sv: 'Helmet-läsutmaningen 2060', en: '' },
        description: { fi: 'Lue\n\nja nauti.' },
      },
    });
    expect(created.errors).toEqual([]);
    const challenge = created.data!.createChallenge;
    expect(challenge).toMatchObject({
      slug: 'lukuhaaste-2060',
      year: 2060,
      status: 'DRAFT',
      startsOn: '2060-01-01',
      endsOn: '2060-12-31',
      allowBookReuse: false,
      publishedAt: null,
      categoryCount: 0,
      title: { fi: 'Helmet-lukuhaaste 2060', sv: 'Helmet-läsutmaningen 2060', en: null },
      categories: [],
    });

    const [a, b, c] = await addCategories(challenge.id, ['A', 'B', 'C']);
    const inserted = await as<{ addCategory: { position: number } }>(ADD, {
      challengeId: challenge.id,
      input: { title: { fi: 'Alku' } },
      position: 1,
    });
    expect(inserted.data?.addCategory.position).toBe(1);

    const moved = await as<{ moveCategory: ChallengeData }>(MOVE, { id: c, position: 2 });
    expect(moved.errors).toEqual([]);
    expect(moved.data!.moveCategory.categories.map((category) => [category.position, category.title.fi])).toEqual([
      [1, 'Alku'],
      [2, 'C'],
      [3, 'A'],
      [4, 'B'],
    ]);
    const movedDown = await as<{ moveCategory: ChallengeData }>(MOVE, { id: c, position: 4 });
    expect(movedDown.data!.moveCategory.categories.map((category) => category.title.fi)).toEqual([
      'Alku',
      'A',
      'B',
      'C',
    ]);

    const removed = await as<{ removeCategory: ChallengeData }>(REMOVE, { id: a });
    expect(removed.data!.removeCategory.categoryCount).toBe(3);
    expect(removed.data!.removeCategory.categories.map((category) => [category.position, category.title.fi])).toEqual([
      [1, 'Alku'],
      [2, 'B'],
      [3, 'C'],
    ]);

    const published = await as<{ publishChallenge: ChallengeData }>(PUBLISH, { id: challenge.id });
    expect(published.errors).toEqual([]);
    expect(published.data!.publishChallenge.status).toBe('PUBLISHED');
    expect(published.data!.publishChallenge.publishedAt).not.toBeNull();

    // Text fixes stay possible while published; structure does not.
    const fixed = await as<{ updateCategory: { title: { fi: string } } }>(UPDATE_CATEGORY, {
      id: b,
      input: { title: { fi: 'B (korjattu)' } },
    });
    expect(fixed.data?.updateCategory.title.fi).toBe('B (korjattu)');
    expect(errorCode(await as(ADD, { challengeId: challenge.id, input: { title: { fi: 'Myöhässä' } } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await as(MOVE, { id: b, position: 1 }))).toBe('FORBIDDEN');
    expect(errorCode(await as(REMOVE, { id: b }))).toBe('FORBIDDEN');
    expect(errorCode(await as(UPDATE, { id: challenge.id, input: { endsOn: '2060-11-30' } }))).toBe('FORBIDDEN');
    const retitled = await as<{ updateChallenge: ChallengeData }>(UPDATE, {
      id: challenge.id,
      input: { title: { fi: 'Helmet 2060' }, endsOn: '2060-12-31' },
    });
    expect(retitled.data?.updateChallenge.title.fi).toBe('Helmet 2060');

    const cloned = await as<{ cloneChallenge: ChallengeData }>(CLONE, { sourceId: challenge.id, year: 2061 });
    expect(cloned.errors).toEqual([]);
    expect(cloned.data!.cloneChallenge).toMatchObject({
      slug: 'lukuhaaste-2061',
      year: 2061,
      status: 'DRAFT',
      startsOn: '2061-01-01',
      endsOn: '2061-12-31',
      // A LocalizedText is replaced as a whole: the update above left out sv.
      title: { fi: 'Helmet 2060', sv: null },
      categoryCount: 3,
    });
    expect(cloned.data!.cloneChallenge.categories.map((category) => [category.position, category.title.fi])).toEqual([
      [1, 'Alku'],
      [2, 'B (korjattu)'],
      [3, 'C'],
    ]);
    expect(cloned.data!.cloneChallenge.categories.map((category) => category.id)).not.toContain(b);
    const again = await as<{ cloneChallenge: ChallengeData }>(CLONE, { sourceId: challenge.id, year: 2061 });
    expect(again.data?.cloneChallenge.slug).toBe('lukuhaaste-2061-2');

    const archived = await as<{ archiveChallenge: { status: string } }>(ARCHIVE, { id: challenge.id });
    expect(archived.data?.archiveChallenge.status).toBe('ARCHIVED');
    expect(errorCode(await as(UPDATE_CATEGORY, { id: b, input: { title: { fi: 'Ei enää' } } }))).toBe('FORBIDDEN');
    expect(errorCode(await as(UPDATE, { id: challenge.id, input: { title: { fi: 'Ei enää' } } }))).toBe('FORBIDDEN');
    expect(errorCode(await as(ARCHIVE, { id: challenge.id }))).toBe('FORBIDDEN');
    expect(errorCode(await as(PUBLISH, { id: challenge.id }))).toBe('FORBIDDEN');
  });

  it('allows only one PUBLISHED challenge per year (CONFLICT on year)', async () => {
    const first = await createDraft(2070);
    const second = await createDraft(2070);
    expect(second.slug).toBe('lukuhaaste-2070-2');
    await addCategories(first.id, ['Yksi']);
    await addCategories(second.id, ['Yksi']);
    expect((await as(PUBLISH, { id: first.id })).errors).toEqual([]);
    const conflict = await as(PUBLISH, { id: second.id });
    expect(errorCode(conflict)).toBe('CONFLICT');
    expect(fields(conflict)).toEqual([{ field: 'year', code: 'TAKEN' }]);
    // After archiving the first, the second may go live.
    await as(ARCHIVE, { id: first.id });
    expect((await as(PUBLISH, { id: second.id })).errors).toEqual([]);
  });

  it('publishes only with at least one category', async () => {
    const draft = await createDraft(2071);
    const response = await as(PUBLISH, { id: draft.id });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(fields(response)).toEqual([{ field: 'categories', code: 'REQUIRED' }]);
  });

  describe('input rules', () => {
    it('validates every language of every text with field paths', async () => {
      const response = await as(CREATE, {
        input: {
          year: 1999,
          title: { fi: '  ', sv: 'x'.repeat(201), en: 'a\u0000b' },
          description: { fi: 'ok', sv: 'bad\u202E' },
          startsOn: '2026-05-01',
          endsOn: '2026-04-30',
        },
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fields(response)).toEqual([
        { field: 'year', code: 'OUT_OF_RANGE', params: { min: 2000, max: 2100 } },
        { field: 'title.fi', code: 'REQUIRED' },
        { field: 'title.sv', code: 'TOO_LONG', params: { max: 200 } },
        { field: 'title.en', code: 'INVALID_CHARACTERS' },
        { field: 'description.sv', code: 'INVALID_CHARACTERS' },
      ]);
    });

    it('rejects a period that ends before it starts, on create and on update', async () => {
      const create = await as(CREATE, {
        input: { year: 2072, title: { fi: 'Haaste' }, startsOn: '2072-05-01', endsOn: '2072-04-30' },
      });
      expect(fields(create)).toEqual([{ field: 'endsOn', code: 'BEFORE_START' }]);
      const draft = await createDraft(2073);
      const update = await as(UPDATE, { id: draft.id, input: { startsOn: '2074-01-01' } });
      expect(fields(update)).toEqual([{ field: 'endsOn', code: 'BEFORE_START' }]);
    });

    it('rejects a malformed date string', async () => {
      expect(
        errorCode(await as(CREATE, { input: { year: 2072, title: { fi: 'Haaste' }, startsOn: '2072-02-30' } })),
      ).toBe('BAD_USER_INPUT');
    });

    it('validates category texts and positions', async () => {
      const draft = await createDraft(2075);
      await addCategories(draft.id, ['Yksi', 'Kaksi']);
      const texts = await as(ADD, {
        challengeId: draft.id,
        input: { title: { fi: 'rivi\nrivi', en: 'x'.repeat(301) }, description: { fi: '', en: 'Only English' } },
      });
      expect(fields(texts)).toEqual([
        { field: 'title.fi', code: 'INVALID_CHARACTERS' },
        { field: 'title.en', code: 'TOO_LONG', params: { max: 300 } },
        { field: 'description.fi', code: 'REQUIRED' },
      ]);
      const tooFar = await as(ADD, { challengeId: draft.id, input: { title: { fi: 'Kolme' } }, position: 4 });
      expect(fields(tooFar)).toEqual([{ field: 'position', code: 'OUT_OF_RANGE', params: { min: 1, max: 3 } }]);
      const challenge = await as<{ updateChallenge: ChallengeData }>(UPDATE, { id: draft.id, input: {} });
      const [first] = challenge.data!.updateChallenge.categories;
      expect(fields(await as(MOVE, { id: first!.id, position: 0 }))).toEqual([
        { field: 'position', code: 'OUT_OF_RANGE', params: { min: 1, max: 2 } },
      ]);
      expect(fields(await as(MOVE, { id: first!.id, position: 3 }))).toEqual([
        { field: 'position', code: 'OUT_OF_RANGE', params: { min: 1, max: 2 } },
      ]);
    });

    it('gives BAD_USER_INPUT for malformed ids (field = argument) and NOT_FOUND for unknown ones', async () => {
      expect(fields(await as(PUBLISH, { id: 'nope' }))).toEqual([{ field: 'id', code: 'INVALID_VALUE' }]);
      expect(fields(await as(CLONE, { sourceId: 'nope', year: 2080 }))).toEqual([
        { field: 'sourceId', code: 'INVALID_VALUE' },
      ]);
      expect(fields(await as(ADD, { challengeId: 'nope', input: { title: { fi: 'x' } } }))).toEqual([
        { field: 'challengeId', code: 'INVALID_VALUE' },
      ]);
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(errorCode(await as(PUBLISH, { id: unknown }))).toBe('NOT_FOUND');
      expect(errorCode(await as(UPDATE, { id: unknown, input: {} }))).toBe('NOT_FOUND');
      expect(errorCode(await as(CLONE, { sourceId: unknown, year: 2080 }))).toBe('NOT_FOUND');
      expect(errorCode(await as(ADD, { challengeId: unknown, input: { title: { fi: 'x' } } }))).toBe('NOT_FOUND');
      expect(errorCode(await as(MOVE, { id: unknown, position: 1 }))).toBe('NOT_FOUND');
      expect(errorCode(await as(REMOVE, { id: unknown }))).toBe('NOT_FOUND');
      expect(errorCode(await as(UPDATE_CATEGORY, { id: unknown, input: { title: { fi: 'x' } } }))).toBe('NOT_FOUND');
    });

    it('clones only into years 2000..2100 and shifts a cross-year period', async () => {
      const { challenge } = await createTestChallenge(t.dataSource, {
        status: ChallengeStatus.ARCHIVED,
        year: 2040,
        categories: 2,
      });
      await t.dataSource.query(`UPDATE challenges SET starts_on = '2040-12-01', ends_on = '2041-01-31' WHERE id = $1`, [
        challenge.id,
      ]);
      expect(fields(await as(CLONE, { sourceId: challenge.id, year: 2101 }))).toEqual([
        { field: 'year', code: 'OUT_OF_RANGE', params: { min: 2000, max: 2100 } },
      ]);
      const cloned = await as<{ cloneChallenge: ChallengeData }>(CLONE, { sourceId: challenge.id, year: 2085 });
      expect(cloned.data?.cloneChallenge).toMatchObject({
        startsOn: '2085-12-01',
        endsOn: '2086-01-31',
        categoryCount: 2,
      });
    });
  });
});
