import { errorCode } from './support/graphql-client';
import { insertChallenge, type FixtureChallenge } from './support/reading-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const READS = `query($id: ID!, $first: Int, $after: String) {
  categoryReads(categoryId: $id, first: $first, after: $after) {
    totalCount edges { node { readerCount book { title } } } pageInfo { hasNextPage endCursor }
  }
}`;

interface Reads {
  categoryReads: {
    totalCount: number;
    edges: Array<{ node: { readerCount: number; book: { title: string } } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

describe('what others read', () => {
  let t: TestApp;
  let challenge: FixtureChallenge;

  beforeAll(async () => {
    t = await startTestApp();
    challenge = await insertChallenge(t.dataSource, { categories: 2 });
    const readers = [
      ['Kalevala', 'Seitsemän veljestä'],
      ['Kalevala', 'Sinuhe egyptiläinen'],
      ['Kalevala'],
      ['Seitsemän veljestä'],
    ];
    for (const books of readers) {
      const { token } = await t.newUser();
      for (const [index, title] of books.entries()) {
        // The first book goes into category 1; further books of a reader are logged unplaced except one in category 2.
        const categoryId = index === 0 ? challenge.categoryIds[0] : challenge.categoryIds[1];
        await t.gql(
          'mutation($input: LogReadingInput!) { logReading(input: $input) { id } }',
          { input: { challengeId: challenge.id, categoryId, newBook: { title, authors: ['Klassikko'] } } },
          { token },
        );
      }
    }
  });
  afterAll(() => t.close());

  it('ranks books by how many readers logged them for the category', async () => {
    const response = await t.gql<Reads>(READS, { id: challenge.categoryIds[0] });
    expect(response.data?.categoryReads.totalCount).toBe(2);
    expect(response.data?.categoryReads.edges.map((edge) => [edge.node.book.title, edge.node.readerCount])).toEqual([
      ['Kalevala', 3],
      ['Seitsemän veljestä', 1],
    ]);
  });

  it('pages with cursors', async () => {
    const first = await t.gql<Reads>(READS, { id: challenge.categoryIds[1], first: 1 });
    expect(first.data?.categoryReads).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await t.gql<Reads>(READS, {
      id: challenge.categoryIds[1],
      first: 1,
      after: first.data?.categoryReads.pageInfo.endCursor,
    });
    expect(second.data?.categoryReads.pageInfo.hasNextPage).toBe(false);
    const titles = [first, second].map((page) => page.data?.categoryReads.edges[0]?.node.book.title);
    expect(new Set(titles)).toEqual(new Set(['Seitsemän veljestä', 'Sinuhe egyptiläinen']));
  });

  it('answers NOT_FOUND for unknown categories and BAD_USER_INPUT for malformed ids', async () => {
    expect(errorCode(await t.gql(READS, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(READS, { id: 'x' }))).toBe('BAD_USER_INPUT');
  });
});
