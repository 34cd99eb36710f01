import { Role, type UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { SuggestionsModeration } from '@lukuhaaste/api/discussion';
import { countQueries } from './support/count-queries';
import { resetRateLimits, suspend } from './support/discussion-fixtures';
import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

const FIELDS = `id challengeId text status voteCount votedByMe hiddenAt viewerCanReport author { id }
  mergedInto { id voteCount } adoptedCategory { id position title { fi } }`;
const SUGGEST = `mutation($challengeId: ID!, $text: String!) { suggestCategory(challengeId: $challengeId, text: $text) { ${FIELDS} } }`;
const VOTE = `mutation($id: ID!) { voteSuggestion(id: $id) { ${FIELDS} } }`;
const UNVOTE = `mutation($id: ID!) { unvoteSuggestion(id: $id) { ${FIELDS} } }`;
const MERGE = `mutation($sourceId: ID!, $targetId: ID!) { mergeSuggestions(sourceId: $sourceId, targetId: $targetId) { ${FIELDS} } }`;
const ADOPT = `mutation($id: ID!, $targetChallengeId: ID!, $title: LocalizedTextInput) {
  adoptSuggestion(id: $id, targetChallengeId: $targetChallengeId, title: $title) { id challengeId position title { fi sv } }
}`;
const LIST = `query($challengeId: ID!, $first: Int, $after: String, $orderBy: SuggestionOrder) {
  categorySuggestions(challengeId: $challengeId, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } }
  }
}`;
const UPDATE_CHALLENGE = `mutation($id: ID!, $open: Boolean) { updateChallenge(id: $id, input: { suggestionsOpen: $open }) { id suggestionsOpen } }`;

interface SuggestionNode {
  id: string;
  challengeId: string;
  text: string | null;
  status: 'OPEN' | 'MERGED' | 'ADOPTED';
  voteCount: number;
  votedByMe: boolean;
  hiddenAt: string | null;
  viewerCanReport: boolean;
  author: { id: string } | null;
  mergedInto: { id: string; voteCount: number } | null;
  adoptedCategory: { id: string; position: number; title: { fi: string } } | null;
}
interface ListData {
  categorySuggestions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: SuggestionNode }>;
  };
}

describe('category suggestions', () => {
  let t: TestApp;
  let librarian: string;
  beforeAll(async () => {
    t = await startTestApp();
    librarian = (await t.newUser(Role.LIBRARIAN)).token;
  });
  afterAll(() => t.close());
  // Specs suggest and vote more than a person would in a day.
  beforeEach(() => resetRateLimits(t.dataSource));

  // Years of their own: this file publishes more challenges than the fixture's default years hold.
  let year = 2100;
  const openChallenge = async (options: { status?: ChallengeStatus; suggestionsOpen?: boolean } = {}) =>
    (await createTestChallenge(t.dataSource, { categories: 2, suggestionsOpen: true, year: (year += 1), ...options }))
      .challenge;

  async function suggest(token: string | undefined, challengeId: string, text: string) {
    return t.gql<{ suggestCategory: SuggestionNode }>(SUGGEST, { challengeId, text }, { token });
  }
  async function suggestOk(token: string, challengeId: string, text = 'Kirja, jonka nimessä on eläin') {
    const response = await suggest(token, challengeId, text);
    if (!response.data) throw new Error(`suggestCategory failed: ${JSON.stringify(response.errors)}`);
    return response.data.suggestCategory;
  }
  const vote = (token: string, id: string) => t.gql<{ voteSuggestion: SuggestionNode }>(VOTE, { id }, { token });
  const unvote = (token: string, id: string) => t.gql<{ unvoteSuggestion: SuggestionNode }>(UNVOTE, { id }, { token });
  const list = (challengeId: string, token?: string, variables: Record<string, unknown> = {}) =>
    t.gql<ListData>(LIST, { challengeId, ...variables }, { token });
  const nodes = (response: GraphqlResponse<ListData>) =>
    response.data?.categorySuggestions.edges.map((edge) => edge.node) ?? [];

  describe('suggestCategory', () => {
    it('stores the trimmed text as an OPEN suggestion by its author', async () => {
      const challenge = await openChallenge();
      const patron = await t.newUser();
      const created = await suggestOk(patron.token, challenge.id, '  Kirja, joka on käännetty saamesta  ');
      expect(created).toMatchObject({
        challengeId: challenge.id,
        text: 'Kirja, joka on käännetty saamesta',
        status: 'OPEN',
        voteCount: 0,
        votedByMe: false,
        hiddenAt: null,
        viewerCanReport: false,
        author: { id: patron.user.id },
        mergedInto: null,
        adoptedCategory: null,
      });
    });

    it('is FORBIDDEN (SUGGESTIONS_CLOSED) until the librarian opens suggestions, and after archiving', async () => {
      const challenge = await openChallenge({ suggestionsOpen: false });
      const patron = await t.newUser();
      const closed = await suggest(patron.token, challenge.id, 'Runokirja');
      expect(errorCode(closed)).toBe('FORBIDDEN');
      expect(closed.errors[0]?.extensions?.['reason']).toBe('SUGGESTIONS_CLOSED');

      const opened = await t.gql(UPDATE_CHALLENGE, { id: challenge.id, open: true }, { token: librarian });
      expect(opened.data).toEqual({ updateChallenge: { id: challenge.id, suggestionsOpen: true } });
      expect((await suggest(patron.token, challenge.id, 'Runokirja')).errors).toEqual([]);

      await t.dataSource.query(`UPDATE challenges SET status = 'ARCHIVED' WHERE id = $1`, [challenge.id]);
      expect((await suggest(patron.token, challenge.id, 'Toinen runokirja')).errors[0]?.extensions?.['reason']).toBe(
        'SUGGESTIONS_CLOSED',
      );
    });

    it('closing keeps the list readable but stops new suggestions and votes', async () => {
      const challenge = await openChallenge();
      const patron = await t.newUser();
      const created = await suggestOk(patron.token, challenge.id);
      await t.gql(UPDATE_CHALLENGE, { id: challenge.id, open: false }, { token: librarian });
      expect(errorCode(await vote(patron.token, created.id))).toBe('FORBIDDEN');
      expect(errorCode(await unvote(patron.token, created.id))).toBe('FORBIDDEN');
      expect(nodes(await list(challenge.id)).map((node) => node.id)).toEqual([created.id]);
    });

    it("is NOT_FOUND in a draft challenge for patrons (they cannot see it) and in a challenge that doesn't exist", async () => {
      const draft = await openChallenge({ status: ChallengeStatus.DRAFT });
      const patron = await t.newUser();
      expect(errorCode(await suggest(patron.token, draft.id, 'Salainen idea'))).toBe('NOT_FOUND');
      expect(errorCode(await suggest(patron.token, '00000000-0000-4000-8000-000000000000', 'Idea tähän'))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await suggest(patron.token, 'not-a-uuid', 'Idea tähän'))).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['abcd', 'TOO_SHORT'],
      ['    ', 'REQUIRED'],
      ['x'.repeat(301), 'TOO_LONG'],
      ['kaksi\nriviä', 'INVALID_CHARACTERS'],
      ['nul\u0000tavu', 'INVALID_CHARACTERS'],
      ['\u202eväärinpäin', 'INVALID_CHARACTERS'],
    ])('rejects %j with BAD_USER_INPUT text %s', async (text, code) => {
      const challenge = await openChallenge();
      const response = await suggest((await t.newUser()).token, challenge.id, text);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'text', code })]);
    });

    it('accepts exactly 5 and 300 characters (emoji count as one)', async () => {
      const challenge = await openChallenge();
      const { token } = await t.newUser();
      expect((await suggestOk(token, challenge.id, '🐉📚🐉📚🐉')).text).toBe('🐉📚🐉📚🐉');
      expect((await suggestOk(token, challenge.id, 'y'.repeat(300))).text).toHaveLength(300);
    });

    it('is RATE_LIMITED after 10 suggestions a day', async () => {
      const challenge = await openChallenge();
      const { token } = await t.newUser();
      for (let index = 1; index <= 10; index += 1) await suggestOk(token, challenge.id, `Idea numero ${index}`);
      const response = await suggest(token, challenge.id, 'Idea numero 11');
      expect(errorCode(response)).toBe('RATE_LIMITED');
      expect(response.errors[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(23 * 3600);
    });

    it('is FORBIDDEN (SUSPENDED) for a suspended user', async () => {
      const challenge = await openChallenge();
      const patron = await t.newUser();
      await suspend(t.dataSource, patron.user.id);
      const response = await suggest(patron.token, challenge.id, 'Estetyn idea');
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.errors[0]?.extensions).toMatchObject({ reason: 'SUSPENDED', suspendedUntil: expect.any(String) });
    });
  });

  describe('votes', () => {
    it('counts one vote per reader: voting and unvoting are idempotent, authors may vote for their own', async () => {
      const challenge = await openChallenge();
      const author = await t.newUser();
      const other = await t.newUser();
      const { id } = await suggestOk(author.token, challenge.id);

      expect((await vote(other.token, id)).data?.voteSuggestion).toMatchObject({ voteCount: 1, votedByMe: true });
      expect((await vote(other.token, id)).data?.voteSuggestion).toMatchObject({ voteCount: 1, votedByMe: true });
      expect((await vote(author.token, id)).data?.voteSuggestion).toMatchObject({ voteCount: 2, votedByMe: true });
      expect((await unvote(other.token, id)).data?.unvoteSuggestion).toMatchObject({ voteCount: 1, votedByMe: false });
      expect((await unvote(other.token, id)).data?.unvoteSuggestion).toMatchObject({ voteCount: 1, votedByMe: false });
      const [seenByOther] = nodes(await list(challenge.id, other.token));
      expect(seenByOther).toMatchObject({ voteCount: 1, votedByMe: false, viewerCanReport: true });
      expect(nodes(await list(challenge.id))[0]).toMatchObject({ votedByMe: false, viewerCanReport: false });
    });

    it('stays exact under 50 parallel votes by different readers and 10 parallel votes by one', async () => {
      const challenge = await openChallenge();
      const { id } = await suggestOk((await t.newUser()).token, challenge.id);
      const voters = await Promise.all(Array.from({ length: 50 }, () => t.newUser()));
      const responses = await Promise.all(voters.map((voter) => vote(voter.token, id)));
      expect(responses.flatMap((response) => response.errors)).toEqual([]);
      const [eager] = voters as [(typeof voters)[number]];
      const repeated = await Promise.all(Array.from({ length: 10 }, () => vote(eager.token, id)));
      expect(repeated.flatMap((response) => response.errors)).toEqual([]);

      const [row] = await t.dataSource.query(
        `SELECT vote_count, (SELECT count(*)::int FROM suggestion_votes WHERE suggestion_id = $1) AS votes
           FROM category_suggestions WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ vote_count: 50, votes: 50 });

      const unvotes = await Promise.all(voters.slice(0, 20).map((voter) => unvote(voter.token, id)));
      expect(unvotes.flatMap((response) => response.errors)).toEqual([]);
      expect(nodes(await list(challenge.id))[0]?.voteCount).toBe(30);
    });

    it("a voter's deleted account takes the vote off the count (the database keeps it)", async () => {
      const challenge = await openChallenge();
      const { id } = await suggestOk((await t.newUser()).token, challenge.id);
      const leaving = await t.newUser();
      await vote(leaving.token, id);
      await vote((await t.newUser()).token, id);
      await t.dataSource.query(`DELETE FROM users WHERE id = $1`, [leaving.user.id]);
      expect(nodes(await list(challenge.id))[0]?.voteCount).toBe(1);
    });

    it('refuses votes on hidden (FORBIDDEN) and on merged or adopted suggestions (CONFLICT)', async () => {
      const challenge = await openChallenge();
      const { token } = await t.newUser();
      const hidden = await suggestOk(token, challenge.id, 'Piilotettava idea');
      await t.dataSource.query(`UPDATE category_suggestions SET hidden_at = now() WHERE id = $1`, [hidden.id]);
      const hiddenVote = await vote(token, hidden.id);
      expect(errorCode(hiddenVote)).toBe('FORBIDDEN');
      expect(hiddenVote.errors[0]?.extensions?.['reason']).toBe('SUGGESTION_HIDDEN');

      const source = await suggestOk(token, challenge.id, 'Yhdistettävä idea');
      const target = await suggestOk(token, challenge.id, 'Kohdeidea');
      await t.gql(MERGE, { sourceId: source.id, targetId: target.id }, { token: librarian });
      const mergedVote = await vote(token, source.id);
      expect(errorCode(mergedVote)).toBe('CONFLICT');
      expect(mergedVote.errors[0]?.extensions?.['reason']).toBe('SUGGESTION_NOT_OPEN');
    });

    it('is NOT_FOUND for an unknown suggestion and for one in a draft challenge (patrons)', async () => {
      const { token } = await t.newUser();
      expect(errorCode(await vote(token, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
      const draft = await openChallenge({ status: ChallengeStatus.DRAFT });
      const [row] = await t.dataSource.query(
        `INSERT INTO category_suggestions (challenge_id, text) VALUES ($1, 'Luonnoksen idea') RETURNING id`,
        [draft.id],
      );
      expect(errorCode(await vote(token, row.id))).toBe('NOT_FOUND');
    });
  });

  describe('categorySuggestions', () => {
    it('ranks by votes (newer first among equals) or lists newest first, in pages', async () => {
      const challenge = await openChallenge();
      const { token } = await t.newUser();
      const first = await suggestOk(token, challenge.id, 'Ensimmäinen idea');
      const second = await suggestOk(token, challenge.id, 'Toinen idea');
      const third = await suggestOk(token, challenge.id, 'Kolmas idea');
      await vote((await t.newUser()).token, first.id);
      await vote((await t.newUser()).token, first.id);
      await vote((await t.newUser()).token, second.id);

      expect(nodes(await list(challenge.id)).map((node) => node.id)).toEqual([first.id, second.id, third.id]);
      const newest = await list(challenge.id, undefined, { orderBy: 'NEWEST', first: 2 });
      expect(nodes(newest).map((node) => node.id)).toEqual([third.id, second.id]);
      expect(newest.data?.categorySuggestions).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const rest = await list(challenge.id, undefined, {
        orderBy: 'NEWEST',
        first: 2,
        after: newest.data?.categorySuggestions.pageInfo.endCursor,
      });
      expect(nodes(rest).map((node) => node.id)).toEqual([first.id]);
    });

    it('shows hidden suggestions without their text to patrons (author included) and whole to staff', async () => {
      const challenge = await openChallenge();
      const author = await t.newUser();
      const created = await suggestOk(author.token, challenge.id, 'Asiaton ehdotus');
      await t.dataSource.query(`UPDATE category_suggestions SET hidden_at = now() WHERE id = $1`, [created.id]);

      for (const token of [undefined, author.token, (await t.newUser()).token]) {
        expect(nodes(await list(challenge.id, token))[0]).toMatchObject({
          id: created.id,
          text: null,
          hiddenAt: expect.any(String),
          viewerCanReport: false,
        });
      }
      expect(nodes(await list(challenge.id, librarian))[0]?.text).toBe('Asiaton ehdotus');
    });

    it('is NOT_FOUND for a draft challenge except for staff, and rejects bad paging', async () => {
      const draft = await openChallenge({ status: ChallengeStatus.DRAFT });
      expect(errorCode(await list(draft.id))).toBe('NOT_FOUND');
      expect(errorCode(await list(draft.id, (await t.newUser()).token))).toBe('NOT_FOUND');
      expect((await list(draft.id, librarian)).errors).toEqual([]);
      expect(errorCode(await list(draft.id, librarian, { first: 101 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await list(draft.id, librarian, { after: 'forged' }))).toBe('BAD_USER_INPUT');
    });

    it('takes the same number of SQL statements for 30 suggestions as for one', async () => {
      const viewer = await t.newUser();
      const measure = async (count: number) => {
        const challenge = await openChallenge();
        const adopted = await createTestChallenge(t.dataSource, { status: ChallengeStatus.DRAFT, categories: 0 });
        for (let index = 0; index < count; index += 1) {
          const author = await t.newUser();
          const created = await suggestOk(author.token, challenge.id, `Idea ${index} ${'x'.repeat(5)}`);
          await vote(viewer.token, created.id);
          if (index % 3 === 0)
            await t.gql(ADOPT, { id: created.id, targetChallengeId: adopted.challenge.id }, { token: librarian });
        }
        const source = await suggestOk(viewer.token, challenge.id, 'Yhdistyvä idea');
        const [target] = nodes(await list(challenge.id));
        await t.gql(MERGE, { sourceId: source.id, targetId: target?.id }, { token: librarian });
        const mergedQuery = `query($challengeId: ID!) { categorySuggestions(challengeId: $challengeId, first: 40) {
          edges { node { ${FIELDS} } } } }`;
        return countQueries(t.dataSource, async () => {
          const response = await t.gql<ListData>(mergedQuery, { challengeId: challenge.id }, { token: viewer.token });
          expect(response.errors).toEqual([]);
        });
      };
      const one = await measure(1);
      const many = await measure(30);
      expect(many.count).toBe(one.count);
      expect(many.count).toBeLessThanOrEqual(8);
    });
  });

  describe('mergeSuggestions', () => {
    it('moves votes to the target without double votes and marks the source MERGED', async () => {
      const challenge = await openChallenge();
      const { token } = await t.newUser();
      const source = await suggestOk(token, challenge.id, 'Kirja sarjakuvana');
      const target = await suggestOk(token, challenge.id, 'Sarjakuvaromaani');
      const both = await t.newUser();
      const sourceOnly = await t.newUser();
      const targetOnly = await t.newUser();
      await vote(both.token, source.id);
      await vote(both.token, target.id);
      await vote(sourceOnly.token, source.id);
      await vote(targetOnly.token, target.id);

      const response = await t.gql<{ mergeSuggestions: SuggestionNode }>(
        MERGE,
        { sourceId: source.id, targetId: target.id },
        { token: librarian },
      );
      expect(response.data?.mergeSuggestions).toMatchObject({
        id: source.id,
        status: 'MERGED',
        voteCount: 0,
        mergedInto: { id: target.id, voteCount: 3 },
      });
      const listed = nodes(await list(challenge.id, sourceOnly.token));
      expect(listed.map((node) => [node.id, node.voteCount, node.votedByMe])).toEqual([[target.id, 3, true]]);
    });

    it('refuses a suggestion of another challenge or itself (BAD_USER_INPUT) and a merged one (CONFLICT)', async () => {
      const { token } = await t.newUser();
      const challenge = await openChallenge();
      const a = await suggestOk(token, challenge.id, 'Idea A täällä');
      const b = await suggestOk(token, challenge.id, 'Idea B täällä');
      const elsewhere = await suggestOk(token, (await openChallenge()).id, 'Idea muualla');
      const merge = (sourceId: string, targetId: string) => t.gql(MERGE, { sourceId, targetId }, { token: librarian });

      const crossing = await merge(a.id, elsewhere.id);
      expect(errorCode(crossing)).toBe('BAD_USER_INPUT');
      expect(crossing.errors[0]?.extensions?.fields).toEqual([{ field: 'targetId', code: 'INVALID_VALUE' }]);
      expect(errorCode(await merge(a.id, a.id))).toBe('BAD_USER_INPUT');
      expect((await merge(a.id, b.id)).errors).toEqual([]);
      expect(errorCode(await merge(a.id, b.id))).toBe('CONFLICT');
      expect(errorCode(await merge(b.id, a.id))).toBe('CONFLICT');
    });

    it('two opposite merges of one pair at once: exactly one wins, no deadlock', async () => {
      const challenge = await openChallenge();
      const { token } = await t.newUser();
      const a = await suggestOk(token, challenge.id, 'Rinnakkainen A');
      const b = await suggestOk(token, challenge.id, 'Rinnakkainen B');
      const results = await Promise.all([
        t.gql(MERGE, { sourceId: a.id, targetId: b.id }, { token: librarian }),
        t.gql(MERGE, { sourceId: b.id, targetId: a.id }, { token: librarian }),
      ]);
      expect(results.map((result) => errorCode(result) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    });
  });

  describe('adoptSuggestion', () => {
    it('adds a category at the end of a draft (title = the text in Finnish, with its thread) and marks the suggestion ADOPTED', async () => {
      const challenge = await openChallenge();
      const { challenge: draft } = await createTestChallenge(t.dataSource, {
        status: ChallengeStatus.DRAFT,
        categories: 2,
      });
      const created = await suggestOk((await t.newUser()).token, challenge.id, 'Kirja, joka sijoittuu saarelle');

      const response = await t.gql<{ adoptSuggestion: { id: string; position: number; title: { fi: string } } }>(
        ADOPT,
        { id: created.id, targetChallengeId: draft.id },
        { token: librarian },
      );
      expect(response.data?.adoptSuggestion).toMatchObject({
        challengeId: draft.id,
        position: 3,
        title: { fi: 'Kirja, joka sijoittuu saarelle', sv: null },
      });
      const categoryId = response.data?.adoptSuggestion.id;
      expect(nodes(await list(challenge.id))[0]).toMatchObject({
        status: 'ADOPTED',
        adoptedCategory: { id: categoryId, position: 3 },
      });
      const threads = await t.dataSource.query(`SELECT id FROM threads WHERE category_id = $1`, [categoryId]);
      expect(threads).toHaveLength(1);
      expect(errorCode(await t.gql(ADOPT, { id: created.id, targetChallengeId: draft.id }, { token: librarian }))).toBe(
        'CONFLICT',
      );
    });

    it("takes the librarian's title, and changes nothing when the title is invalid", async () => {
      const challenge = await openChallenge();
      const { challenge: draft } = await createTestChallenge(t.dataSource, { status: ChallengeStatus.DRAFT });
      const created = await suggestOk((await t.newUser()).token, challenge.id, 'Hyvä mutta pitkä idea');
      const invalid = await t.gql(
        ADOPT,
        { id: created.id, targetChallengeId: draft.id, title: { fi: '' } },
        { token: librarian },
      );
      expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
      expect(nodes(await list(challenge.id))[0]?.status).toBe('OPEN');

      const titled = await t.gql<{ adoptSuggestion: { title: { fi: string; sv: string } } }>(
        ADOPT,
        { id: created.id, targetChallengeId: draft.id, title: { fi: 'Saarikirja', sv: 'Ö-bok' } },
        { token: librarian },
      );
      expect(titled.data?.adoptSuggestion.title).toEqual({ fi: 'Saarikirja', sv: 'Ö-bok' });
    });

    it('is CONFLICT (TARGET_NOT_DRAFT) into a published challenge, NOT_FOUND into a missing one', async () => {
      const challenge = await openChallenge();
      const created = await suggestOk((await t.newUser()).token, challenge.id, 'Idea julkaistuun');
      const response = await t.gql(ADOPT, { id: created.id, targetChallengeId: challenge.id }, { token: librarian });
      expect(errorCode(response)).toBe('CONFLICT');
      expect(response.errors[0]?.extensions?.['reason']).toBe('TARGET_NOT_DRAFT');
      const missing = { id: created.id, targetChallengeId: '00000000-0000-4000-8000-000000000000' };
      expect(errorCode(await t.gql(ADOPT, missing, { token: librarian }))).toBe('NOT_FOUND');
      expect(nodes(await list(challenge.id))[0]?.status).toBe('OPEN');
    });
  });

  describe('SuggestionsModeration.setSuggestionHidden', () => {
    const hide = (id: string, hidden: boolean, moderator: UserEntity | null) =>
      t.dataSource.transaction((manager) =>
        t.app
          .get(SuggestionsModeration)
          .setSuggestionHidden(
            id,
            hidden,
            { moderatorId: moderator?.id ?? null, reason: moderator ? 'Asiaton' : null, automatic: !moderator },
            manager,
          ),
      );

    it('hides and restores once, reporting whether anything changed', async () => {
      const challenge = await openChallenge();
      const created = await suggestOk((await t.newUser()).token, challenge.id, 'Moderoitava idea');
      const moderator = (await t.newUser(Role.LIBRARIAN)).user;

      const hidden = await hide(created.id, true, moderator);
      expect(hidden).toMatchObject({
        changed: true,
        event: null,
        value: { hiddenById: moderator.id, hiddenReason: 'Asiaton' },
      });
      expect(hidden.value.hiddenAt).toBeInstanceOf(Date);
      expect((await hide(created.id, true, moderator)).changed).toBe(false);
      const restored = await hide(created.id, false, moderator);
      expect(restored).toMatchObject({
        changed: true,
        value: { hiddenAt: null, hiddenById: null, hiddenReason: null },
      });

      const automatic = await hide(created.id, true, null);
      expect(automatic.value).toMatchObject({ hiddenAutomatically: true, hiddenById: null });
    });

    it('is NOT_FOUND for an unknown suggestion', async () => {
      await expect(hide('00000000-0000-4000-8000-000000000000', true, null)).rejects.toMatchObject({
        code: 'SUGGESTION_NOT_FOUND',
      });
    });
  });
});
