import { Injectable } from '@nestjs/common';
import { assertValid, checkUuid, ValidationException } from '@lukuhaaste/api/common';
import { CATEGORIES_MAX } from '@lukuhaaste/shared/util-rules';
import { DataSource, type EntityManager } from 'typeorm';
import { ChallengesException, ChallengesExceptionCode } from '../challenges.exception';
import type { CategoryInput } from '../dtos/category.input';
import { CategoryEntity } from '../entities/category.entity';
import { ChallengeEntity } from '../entities/challenge.entity';
import { CATEGORY_COLUMNS } from '../queries/entity-columns.query';
import {
  isValidPosition,
  shiftForInsert,
  shiftForMove,
  shiftForRemove,
  type PositionShift,
} from '../utils/category-positions.util';
import { CATEGORY_TITLE_RULES, DESCRIPTION_RULES } from '../utils/challenge-field-checks.util';
import { checkLocalizedText, checkOptionalLocalizedText } from '../utils/check-localized-text.util';
import { requireDraft, requireNotArchived } from './challenge-access';
import { ChallengesService } from './challenges.service';

/**
 * Categories keep positions 1..n without gaps: every insert, move and
 * removal shifts the others in the same transaction (the unique position
 * constraint is checked at commit), under a lock on the challenge row,
 * which also makes the challenge's categoryCount (kept by a trigger) exact.
 */
@Injectable()
export class CategoriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
  ) {}

  /** DataLoader batch: categories by id, in any order. */
  findByIds(ids: readonly string[]): Promise<CategoryEntity[]> {
    return this.dataSource.query(`SELECT ${CATEGORY_COLUMNS} FROM categories WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  /**
   * For contexts that refer to a category: CATEGORY_NOT_FOUND unless it
   * exists and, when `challengeId` is given, belongs to that challenge.
   */
  async requireCategory(
    categoryId: string,
    challengeId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CategoryEntity> {
    const category = await manager.findOneBy(CategoryEntity, { id: categoryId });
    if (!category || (challengeId !== null && category.challengeId !== challengeId))
      throw new ChallengesException(ChallengesExceptionCode.CATEGORY_NOT_FOUND);
    return category;
  }

  /** DataLoader batch: every category of the given challenges, ordered by position. */
  findByChallengeIds(challengeIds: readonly string[]): Promise<CategoryEntity[]> {
    return this.dataSource.query(
      `SELECT ${CATEGORY_COLUMNS} FROM categories WHERE challenge_id = ANY($1::uuid[]) ORDER BY challenge_id, position`,
      [[...challengeIds]],
    );
  }

  /** Runs in the caller's transaction when `inTransaction` is given (adopting a suggestion), else in its own. */
  async add(
    challengeId: string,
    input: CategoryInput,
    position: number | null | undefined,
    inTransaction?: EntityManager,
  ): Promise<CategoryEntity> {
    assertValid([checkUuid('challengeId', challengeId)]);
    const texts = this.checkTexts(input);
    const insert = async (manager: EntityManager): Promise<CategoryEntity> => {
      const challenge = await this.challenges.lockById(manager, challengeId);
      requireDraft(challenge);
      const count = challenge.categoryCount;
      if (count >= CATEGORIES_MAX)
        throw new ValidationException([{ field: 'categories', code: 'OUT_OF_RANGE', params: { max: CATEGORIES_MAX } }]);
      const target = position ?? count + 1;
      if (!isValidPosition(target, count + 1))
        throw new ValidationException([
          { field: 'position', code: 'OUT_OF_RANGE', params: { min: 1, max: count + 1 } },
        ]);
      await this.shift(manager, challengeId, shiftForInsert(target, count));
      const category = manager.create(CategoryEntity, { challengeId, position: target, ...texts });
      await manager.insert(CategoryEntity, category);
      return manager.findOneByOrFail(CategoryEntity, { id: category.id });
    };
    return inTransaction ? await insert(inTransaction) : await this.dataSource.transaction(insert);
  }

  /** Text fixes, allowed until the challenge is archived. */
  async update(id: string, input: CategoryInput): Promise<CategoryEntity> {
    assertValid([checkUuid('id', id)]);
    const texts = this.checkTexts(input);
    return await this.dataSource.transaction(async (manager) => {
      const { challenge } = await this.lockCategory(manager, id);
      requireNotArchived(challenge);
      await manager.update(CategoryEntity, { id }, texts);
      return manager.findOneByOrFail(CategoryEntity, { id });
    });
  }

  async move(id: string, position: number): Promise<ChallengeEntity> {
    assertValid([checkUuid('id', id)]);
    return await this.dataSource.transaction(async (manager) => {
      const { category, challenge } = await this.lockCategory(manager, id);
      requireDraft(challenge);
      const count = challenge.categoryCount;
      if (!isValidPosition(position, count))
        throw new ValidationException([{ field: 'position', code: 'OUT_OF_RANGE', params: { min: 1, max: count } }]);
      await this.shift(manager, challenge.id, shiftForMove(category.position, position));
      await manager.update(CategoryEntity, { id }, { position });
      return challenge;
    });
  }

  async remove(id: string): Promise<ChallengeEntity> {
    assertValid([checkUuid('id', id)]);
    return await this.dataSource.transaction(async (manager) => {
      const { category, challenge } = await this.lockCategory(manager, id);
      requireDraft(challenge);
      await manager.delete(CategoryEntity, { id });
      await this.shift(manager, challenge.id, shiftForRemove(category.position, challenge.categoryCount));
      // With the count the delete's trigger has just lowered.
      return await manager.findOneByOrFail(ChallengeEntity, { id: challenge.id });
    });
  }

  private checkTexts(input: CategoryInput): Pick<CategoryEntity, 'title' | 'description'> {
    const title = checkLocalizedText('title', input.title, CATEGORY_TITLE_RULES);
    const description = checkOptionalLocalizedText('description', input.description ?? null, DESCRIPTION_RULES);
    assertValid([...title.problems, ...description.problems]);
    return { title: title.value, description: description.value };
  }

  /** Finds the category, then locks its challenge (the lock every structural edit takes). */
  private async lockCategory(
    manager: EntityManager,
    id: string,
  ): Promise<{ category: CategoryEntity; challenge: ChallengeEntity }> {
    const found = await manager.findOneBy(CategoryEntity, { id });
    if (!found) throw new ChallengesException(ChallengesExceptionCode.CATEGORY_NOT_FOUND);
    const challenge = await this.challenges.lockById(manager, found.challengeId);
    // Re-read under the lock: a concurrent move may have changed its position.
    const category = await manager.findOneBy(CategoryEntity, { id });
    if (!category) throw new ChallengesException(ChallengesExceptionCode.CATEGORY_NOT_FOUND);
    return { category, challenge };
  }

  private async shift(manager: EntityManager, challengeId: string, shift: PositionShift | null): Promise<void> {
    if (!shift) return;
    await manager.query(
      `UPDATE categories SET position = position + $2 WHERE challenge_id = $1 AND position BETWEEN $3 AND $4`,
      [challengeId, shift.delta, shift.from, shift.to],
    );
  }
}
