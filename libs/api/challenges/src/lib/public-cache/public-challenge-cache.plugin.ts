import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLRequestListener,
  type GraphQLResponse,
  type GraphQLServerContext,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { GraphqlContext } from '@lukuhaaste/api/accounts';
import { ChallengesService } from '../services/challenges.service';
import { PUBLIC_CHALLENGE_FIELDS } from './public-challenge-fields.constant';
import { PublicChallengeCache } from './public-challenge-cache';
import { answerKey, publicChallengeSlug } from './public-challenge-operation.util';
import { reachableFields } from './reachable-fields.util';

/**
 * Answers `challenge(slug: …)` queries from PublicChallengeCache when the
 * challenge's version is still the one the kept answer was read at: one small
 * statement instead of the session lookup, the challenge with its categories
 * and the execution of some 550 fields. Otherwise the query runs as usual and
 * its answer is kept. Only request-level hooks (no per-field cost).
 */
@Plugin()
export class PublicChallengeCachePlugin implements ApolloServerPlugin<GraphqlContext> {
  constructor(
    private readonly cache: PublicChallengeCache,
    private readonly challenges: ChallengesService,
  ) {}

  async serverWillStart({ schema }: GraphQLServerContext): Promise<void> {
    const field = schema.getQueryType()?.getFields()['challenge'];
    const unlisted = [...(field ? reachableFields(field) : [])].filter((name) => !PUBLIC_CHALLENGE_FIELDS.has(name));
    if (unlisted.length > 0) {
      throw new Error(
        `Query.challenge reaches ${unlisted.join(', ')}, not in PUBLIC_CHALLENGE_FIELDS: ` +
          'its answers are shared between viewers, so list only fields that are the same for everyone.',
      );
    }
  }

  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    let key: string | null = null;
    return {
      responseForOperation: async ({ operation, operationName, queryHash, request }) => {
        const variables = request.variables ?? {};
        const slug = publicChallengeSlug(operation, variables);
        // Apollo hashes every document before this hook; without a hash there is nothing to key by.
        if (slug === null || queryHash === undefined) return null;
        key = answerKey(queryHash, operationName, operation, variables);
        // Nothing kept yet: no version to compare, the resolver reads it with the challenge.
        if (this.cache.versionOf(key) === null) return null;
        // Should the check fail, the query runs and reports the failure with its code.
        const version = await this.challenges.versionBySlug(slug).catch(() => null);
        const result = version === null ? null : this.cache.answer(key, version);
        return result
          ? ({
              http: { headers: new HeaderMap() },
              body: { kind: 'single', singleResult: result },
            } satisfies GraphQLResponse)
          : null;
      },
      willSendResponse: async ({ response, contextValue }) => {
        if (key !== null && response.body.kind === 'single')
          this.cache.keep(key, contextValue.req, response.body.singleResult);
      },
    };
  }
}
