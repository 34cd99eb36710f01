import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from '@lukuhaaste/api/seed';
import { MODERATION_QUEUE } from './support/moderation-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

describe('demo moderation queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives the demo librarian one reported comment, visible to patrons, and adds it only once', async () => {
    await seedDemoData(t.dataSource);
    await seedDemoData(t.dataSource);
    const email = DEMO_USERS.find((user) => user.role === 'LIBRARIAN')?.email;
    const login = await t.gql<{ login: { token: string } }>(LOGIN, {
      input: { email, password: DEMO_PASSWORD },
    });
    const queue = await t.gql<{
      moderationQueue: {
        totalCount: number;
        edges: Array<{
          node: { autoHidden: boolean; reasons: unknown; comment: { bodyHtml: string; hiddenAt: string | null } };
        }>;
      };
    }>(MODERATION_QUEUE, { first: 10 }, { token: login.data?.login.token });
    expect(queue.errors).toEqual([]);
    expect(queue.data?.moderationQueue.totalCount).toBe(1);
    const item = queue.data?.moderationQueue.edges[0]?.node;
    expect(item).toMatchObject({
      autoHidden: false,
      reasons: [
        { reason: 'OFF_TOPIC', count: 1 },
        { reason: 'SPAM', count: 1 },
      ],
    });
    expect(item?.comment).toMatchObject({ bodyHtml: expect.stringContaining('LUKU50'), hiddenAt: null });
  });
});
