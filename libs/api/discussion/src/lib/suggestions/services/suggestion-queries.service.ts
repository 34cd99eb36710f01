import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengesService } from '@lukuhaaste/api/challenges';
import { assertValid, checkUuid, toOffsetPage, type OffsetPage } from '@lukuhaaste/api/common';
import { DataSource, In, Repository } from 'typeorm';
import { CategorySuggestionEntity } from '../entities/category-suggestion.entity';
import { SuggestionOrder } from '../enums/suggestion-order.enum';
import { SuggestionStatus } from '../enums/suggestion-status.enum';

export interface SuggestionPage {
  rows: CategorySuggestionEntity[];
  page: OffsetPage;
  total: number;
}

/** Reading suggestions: a challenge's list and the batches behind the nested fields. */
@Injectable()
export class SuggestionQueries {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CategorySuggestionEntity) private readonly suggestions: Repository<CategorySuggestionEntity>,
    private readonly challenges: ChallengesService,
  ) {}

  /**
   * Every suggestion of a challenge the viewer may see, except merged ones
   * (they live on in their target). Hidden ones are listed too: the field
   * resolvers decide what of them each viewer sees.
   */
  async page(
    challengeId: string,
    viewer: UserEntity | null,
    order: SuggestionOrder,
    first: number,
    after: string | null,
  ): Promise<SuggestionPage> {
    assertValid([checkUuid('challengeId', challengeId)]);
    const page = toOffsetPage(first, after);
    await this.challenges.get({ id: challengeId }, viewer);
    const query = this.suggestions
      .createQueryBuilder('suggestion')
      .where('suggestion.challengeId = :challengeId', { challengeId })
      .andWhere('suggestion.status <> :merged', { merged: SuggestionStatus.MERGED });
    if (order === SuggestionOrder.VOTES) query.orderBy('suggestion.voteCount', 'DESC');
    query.addOrderBy('suggestion.createdAt', 'DESC').addOrderBy('suggestion.id', 'DESC');
    const [rows, total] = await query.skip(page.offset).take(page.limit).getManyAndCount();
    return { rows, page, total };
  }

  /** DataLoader batch: suggestions by id, in any order. */
  findByIds(ids: readonly string[]): Promise<CategorySuggestionEntity[]> {
    return this.suggestions.findBy({ id: In([...ids]) });
  }

  /** DataLoader batch: for each id, whether `userId` voted for it. */
  async votedBy(userId: string, ids: readonly string[]): Promise<boolean[]> {
    const rows: Array<{ suggestion_id: string }> = await this.dataSource.query(
      `SELECT suggestion_id FROM suggestion_votes WHERE user_id = $1 AND suggestion_id = ANY($2::uuid[])`,
      [userId, [...ids]],
    );
    const voted = new Set(rows.map((row) => row.suggestion_id));
    return ids.map((id) => voted.has(id));
  }
}
