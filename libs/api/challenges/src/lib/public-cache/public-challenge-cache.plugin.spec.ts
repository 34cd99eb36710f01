import type { GraphQLServerContext } from '@apollo/server';
import { buildSchema } from 'graphql';
import type { ChallengesService } from '../services/challenges.service';
import { PublicChallengeCache } from './public-challenge-cache';
import { PublicChallengeCachePlugin } from './public-challenge-cache.plugin';

const SCHEMA = `
  type LocalizedText { fi: String! sv: String en: String }
  type Category { id: ID! challengeId: ID! position: Int! title: LocalizedText! description: LocalizedText }
  type Challenge { id: ID! slug: String! title: LocalizedText! categories: [Category!]! EXTRA }
  type Participation { id: ID! }
  type Query { challenge(slug: String): Challenge }`;

const start = (extra: string) =>
  new PublicChallengeCachePlugin(new PublicChallengeCache(), {} as ChallengesService).serverWillStart({
    schema: buildSchema(SCHEMA.replace('EXTRA', extra)),
  } as GraphQLServerContext);

describe(PublicChallengeCachePlugin.name, () => {
  it('starts when Query.challenge reaches only listed fields', async () => {
    await expect(start('')).resolves.toBeUndefined();
  });

  it('refuses to start when Query.challenge reaches a field that may differ per viewer', async () => {
    await expect(start('myParticipation: Participation')).rejects.toThrow(
      'Query.challenge reaches Challenge.myParticipation, Participation.id, not in PUBLIC_CHALLENGE_FIELDS',
    );
  });
});
