import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { assertValid, checkUuid, isUniqueViolation, ValidationException } from '@lukuhaaste/api/common';
import { hasForbiddenCharacters, todayInHelsinki, type FieldError } from '@lukuhaaste/shared/util-rules';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { ChallengesException, ChallengesExceptionCode } from '../challenges.exception';
import type { CreateChallengeInput } from '../dtos/create-challenge.input';
import type { UpdateChallengeInput } from '../dtos/update-challenge.input';
import type { CategoryEntity } from '../entities/category.entity';
import { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeStatus } from '../enums/challenge-status.enum';
import {
  CHALLENGE_COLUMNS,
  categoriesJsonOf,
  categoryFromJson,
  type CategoryJson,
} from '../queries/entity-columns.query';
import { checkLocalizedText, checkOptionalLocalizedText } from '../utils/check-localized-text.util';
import { CHALLENGE_TITLE_RULES, DESCRIPTION_RULES, checkPeriod, checkYear } from '../utils/challenge-field-checks.util';
import { baseChallengeSlug, chooseChallengeSlug } from '../utils/choose-challenge-slug.util';
import { shiftPeriodToYear } from '../utils/shift-date-to-year.util';
import { isEditor, requireDraft, requireNotArchived, requireVisible } from './challenge-access';

/** Exactly one of the two. */
export interface ChallengeKey {
  slug?: string | null;
  id?: string | null;
}

export interface ChallengeWithCategories {
  challenge: ChallengeEntity;
  categories: CategoryEntity[];
}

export interface ChallengeFilter {
  status?: ChallengeStatus | null;
  year?: number | null;
}

const SLUG_MAX_LENGTH = 100;
/** Two editors creating the same year at once: pick the next free slug and try again. */
const SLUG_ATTEMPTS = 3;

@Injectable()
export class ChallengesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ChallengeEntity) private readonly challenges: Repository<ChallengeEntity>,
  ) {}

  /** No visibility check: for other contexts that already know who asks. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ChallengeEntity | null> {
    return manager.findOneBy(ChallengeEntity, { id });
  }

  /** DataLoader batch: challenges by id, in any order. */
  findByIds(ids: readonly string[]): Promise<ChallengeEntity[]> {
    return this.dataSource.query(`SELECT ${CHALLENGE_COLUMNS} FROM challenges WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  /** By slug or id (exactly one); drafts only for editors. */
  async get(by: ChallengeKey, viewer: UserEntity | null): Promise<ChallengeEntity> {
    const [challenge] = await this.selectWhere<ChallengeEntity>(CHALLENGE_COLUMNS, by);
    return requireVisible(challenge ?? null, viewer);
  }

  /**
   * get() and the challenge's categories in position order, read in one
   * statement: the challenge page shows both.
   */
  async getWithCategories(by: ChallengeKey, viewer: UserEntity | null): Promise<ChallengeWithCategories> {
    const [row] = await this.selectWhere<ChallengeEntity & { categories: CategoryJson[] }>(
      `${CHALLENGE_COLUMNS}, ${categoriesJsonOf('challenges.id')} AS categories`,
      by,
    );
    const { categories, ...challenge } = requireVisible(row ?? null, viewer);
    return {
      challenge,
      categories: categories.map(categoryFromJson),
    };
  }

  /** The challenge's version (see ChallengeEntity.version), null when no challenge has the slug. */
  async versionBySlug(slug: string): Promise<string | null> {
    const rows: Array<{ version: string }> = await this.dataSource.query(
      `SELECT version FROM challenges WHERE slug = $1`,
      [slug],
    );
    return rows[0]?.version ?? null;
  }

  /** Rows of `challenges` by exactly one of slug and id (at most one row). */
  private selectWhere<Row>(columns: string, by: ChallengeKey): Promise<Row[]> {
    const hasSlug = by.slug != null;
    const hasId = by.id != null;
    if (hasSlug === hasId)
      throw new ValidationException([{ field: hasSlug ? 'id' : 'slug', code: hasSlug ? 'INVALID_VALUE' : 'REQUIRED' }]);
    if (hasId) {
      assertValid([checkUuid('id', by.id as string)]);
      return this.dataSource.query(`SELECT ${columns} FROM challenges WHERE id = $1`, [by.id]);
    }
    const slug = by.slug as string;
    // Such a slug cannot exist, and Postgres rejects NUL bytes as parameters.
    if (slug.length > SLUG_MAX_LENGTH || hasForbiddenCharacters(slug))
      throw new ChallengesException(ChallengesExceptionCode.CHALLENGE_NOT_FOUND);
    return this.dataSource.query(`SELECT ${columns} FROM challenges WHERE slug = $1`, [slug]);
  }

  async list(filter: ChallengeFilter, viewer: UserEntity | null): Promise<ChallengeEntity[]> {
    if (filter.year != null) assertValid([checkYear('year', filter.year)]);
    const query = this.challenges
      .createQueryBuilder('challenge')
      .orderBy('challenge.year', 'DESC')
      .addOrderBy('challenge.createdAt', 'DESC');
    if (filter.status) query.andWhere('challenge.status = :status', { status: filter.status });
    if (!isEditor(viewer)) query.andWhere('challenge.status <> :draft', { draft: ChallengeStatus.DRAFT });
    if (filter.year != null) query.andWhere('challenge.year = :year', { year: filter.year });
    return query.getMany();
  }

  /** The published challenge running today (Helsinki), else the newest published one. */
  current(today: string = todayInHelsinki()): Promise<ChallengeEntity | null> {
    return this.challenges
      .createQueryBuilder('challenge')
      .where('challenge.status = :status', { status: ChallengeStatus.PUBLISHED })
      .orderBy('(challenge.startsOn <= :today AND challenge.endsOn >= :today)', 'DESC')
      .addOrderBy('challenge.year', 'DESC')
      .setParameter('today', today)
      .getOne();
  }

  async create(input: CreateChallengeInput, createdById: string): Promise<ChallengeEntity> {
    const title = checkLocalizedText('title', input.title, CHALLENGE_TITLE_RULES);
    const description = checkOptionalLocalizedText('description', input.description ?? null, DESCRIPTION_RULES);
    const yearProblem = checkYear('year', input.year);
    assertValid([yearProblem, ...title.problems, ...description.problems]);
    const startsOn = input.startsOn ?? `${input.year}-01-01`;
    const endsOn = input.endsOn ?? `${input.year}-12-31`;
    assertValid([checkPeriod(startsOn, endsOn)]);
    return await this.insertWithFreeSlug(input.year, async (manager, slug) => {
      const challenge = manager.create(ChallengeEntity, {
        slug,
        year: input.year,
        title: title.value,
        description: description.value,
        startsOn,
        endsOn,
        allowBookReuse: input.allowBookReuse ?? false,
        createdById,
      });
      await manager.insert(ChallengeEntity, challenge);
      return challenge.id;
    });
  }

  /** Texts and suggestionsOpen may change until archived; dates and book reuse only while DRAFT. */
  async update(id: string, input: UpdateChallengeInput): Promise<ChallengeEntity> {
    assertValid([checkUuid('id', id)]);
    const problems: FieldError[] = [];
    const changes: Partial<ChallengeEntity> = {};
    if (input.title != null) {
      const title = checkLocalizedText('title', input.title, CHALLENGE_TITLE_RULES);
      problems.push(...title.problems);
      changes.title = title.value;
    }
    if (input.description !== undefined) {
      const description = checkOptionalLocalizedText('description', input.description, DESCRIPTION_RULES);
      problems.push(...description.problems);
      changes.description = description.value;
    }
    assertValid(problems);
    return await this.dataSource.transaction(async (manager) => {
      const challenge = await this.lockById(manager, id);
      requireNotArchived(challenge);
      const structural: Partial<ChallengeEntity> = {};
      if (input.startsOn != null && input.startsOn !== challenge.startsOn) structural.startsOn = input.startsOn;
      if (input.endsOn != null && input.endsOn !== challenge.endsOn) structural.endsOn = input.endsOn;
      if (input.allowBookReuse != null && input.allowBookReuse !== challenge.allowBookReuse)
        structural.allowBookReuse = input.allowBookReuse;
      if (Object.keys(structural).length > 0) requireDraft(challenge);
      assertValid([checkPeriod(structural.startsOn ?? challenge.startsOn, structural.endsOn ?? challenge.endsOn)]);
      if (input.suggestionsOpen != null) changes.suggestionsOpen = input.suggestionsOpen;
      const all = { ...changes, ...structural };
      if (Object.keys(all).length > 0) await manager.update(ChallengeEntity, { id }, all);
      return manager.findOneByOrFail(ChallengeEntity, { id });
    });
  }

  /** A new DRAFT for `year` with the source's texts, settings and categories; dates move to that year. */
  async clone(sourceId: string, year: number, createdById: string): Promise<ChallengeEntity> {
    assertValid([checkUuid('sourceId', sourceId), checkYear('year', year)]);
    const source = await this.challenges.findOneBy({ id: sourceId });
    if (!source) throw new ChallengesException(ChallengesExceptionCode.CHALLENGE_NOT_FOUND);
    const period = shiftPeriodToYear(source, source.year, year);
    return await this.insertWithFreeSlug(year, async (manager, slug) => {
      const challenge = manager.create(ChallengeEntity, {
        slug,
        year,
        title: source.title,
        description: source.description,
        ...period,
        allowBookReuse: source.allowBookReuse,
        createdById,
      });
      await manager.insert(ChallengeEntity, challenge);
      await manager.query(
        `INSERT INTO categories (challenge_id, position, title, description)
         SELECT $1, position, title, description FROM categories WHERE challenge_id = $2`,
        [challenge.id, source.id],
      );
      return challenge.id;
    });
  }

  async publish(id: string): Promise<ChallengeEntity> {
    assertValid([checkUuid('id', id)]);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const challenge = await this.lockById(manager, id);
        requireDraft(challenge);
        if (challenge.categoryCount === 0) throw new ChallengesException(ChallengesExceptionCode.NO_CATEGORIES);
        await manager.update(
          ChallengeEntity,
          { id },
          { status: ChallengeStatus.PUBLISHED, publishedAt: () => 'now()' },
        );
        return manager.findOneByOrFail(ChallengeEntity, { id });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'challenges_one_published_per_year'))
        throw new ChallengesException(ChallengesExceptionCode.YEAR_ALREADY_PUBLISHED);
      throw error;
    }
  }

  async archive(id: string): Promise<ChallengeEntity> {
    assertValid([checkUuid('id', id)]);
    return await this.dataSource.transaction(async (manager) => {
      const challenge = await this.lockById(manager, id);
      if (challenge.status !== ChallengeStatus.PUBLISHED)
        throw new ChallengesException(ChallengesExceptionCode.NOT_PUBLISHED);
      await manager.update(ChallengeEntity, { id }, { status: ChallengeStatus.ARCHIVED });
      return manager.findOneByOrFail(ChallengeEntity, { id });
    });
  }

  /**
   * Locks the challenge row for the rest of the caller's transaction, so
   * structural edits, publishing and archiving of one challenge serialize.
   */
  async lockById(manager: EntityManager, id: string): Promise<ChallengeEntity> {
    const challenge = await manager
      .createQueryBuilder(ChallengeEntity, 'challenge')
      .setLock('pessimistic_write')
      .where('challenge.id = :id', { id })
      .getOne();
    if (!challenge) throw new ChallengesException(ChallengesExceptionCode.CHALLENGE_NOT_FOUND);
    return challenge;
  }

  private async insertWithFreeSlug(
    year: number,
    insert: (manager: EntityManager, slug: string) => Promise<string>,
  ): Promise<ChallengeEntity> {
    for (let attempt = 1; attempt <= SLUG_ATTEMPTS; attempt += 1) {
      try {
        const id = await this.dataSource.transaction(async (manager) =>
          insert(manager, await this.freeSlug(manager, year)),
        );
        return await this.challenges.findOneByOrFail({ id });
      } catch (error) {
        if (!isUniqueViolation(error, 'challenges_slug_key')) throw error;
      }
    }
    throw new ChallengesException(ChallengesExceptionCode.SLUG_TAKEN);
  }

  private async freeSlug(manager: EntityManager, year: number): Promise<string> {
    const base = baseChallengeSlug(year);
    const rows: Array<{ slug: string }> = await manager.query(
      `SELECT slug FROM challenges WHERE slug = $1 OR slug LIKE $1 || '-%'`,
      [base],
    );
    return chooseChallengeSlug(
      year,
      rows.map((row) => row.slug),
    );
  }
}
