import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertValid, checkUuid, isForeignKeyViolation, isUniqueViolation } from '@lukuhaaste/api/common';
import { checkBranchSlug } from '@lukuhaaste/shared/util-rules';
import { In, Repository } from 'typeorm';
import { AccountsException, AccountsExceptionCode } from '../accounts.exception';
import type { CreateBranchInput, UpdateBranchInput } from '../dtos/branch.input';
import { BranchEntity } from '../entities/branch.entity';
import { checkBranchName } from '../utils/branch-field-checks.util';

/** Library branches: everyone lists them, admins manage them (the resolver guards the role). */
@Injectable()
export class BranchesService {
  constructor(@InjectRepository(BranchEntity) private readonly branches: Repository<BranchEntity>) {}

  /** All branches by Finnish name; clients re-sort by the name in their language. */
  list(): Promise<BranchEntity[]> {
    return this.branches
      .createQueryBuilder('branch')
      .orderBy(`branch.name ->> 'fi'`)
      .addOrderBy('branch.slug')
      .getMany();
  }

  /** DataLoader batch: branches by id, in any order. */
  findByIds(ids: readonly string[]): Promise<BranchEntity[]> {
    return this.branches.findBy({ id: In([...ids]) });
  }

  async create(input: CreateBranchInput): Promise<BranchEntity> {
    const name = checkBranchName(input.name);
    assertValid([checkBranchSlug('slug', input.slug), ...name.problems]);
    const branch = this.branches.create({ slug: input.slug, name: name.value });
    await this.saveUniqueSlug(() => this.branches.insert(branch));
    return this.branches.findOneByOrFail({ id: branch.id });
  }

  async update(id: string, input: UpdateBranchInput): Promise<BranchEntity> {
    const name = input.name != null ? checkBranchName(input.name) : null;
    assertValid([
      checkUuid('id', id),
      input.slug != null ? checkBranchSlug('slug', input.slug) : null,
      ...(name?.problems ?? []),
    ]);
    const changes: Partial<BranchEntity> = {};
    if (input.slug != null) changes.slug = input.slug;
    if (name) changes.name = name.value;
    const branch = await this.branches.findOneBy({ id });
    if (!branch) throw new AccountsException(AccountsExceptionCode.BRANCH_NOT_FOUND);
    if (Object.keys(changes).length === 0) return branch;
    await this.saveUniqueSlug(() => this.branches.update({ id }, changes));
    return this.branches.findOneByOrFail({ id });
  }

  /**
   * Refused with BRANCH_IN_USE while any patron has it as home branch or
   * paper returns were recorded there (the foreign keys are RESTRICT), so
   * nobody's choice and no statistics disappear silently.
   */
  async delete(id: string): Promise<BranchEntity> {
    assertValid([checkUuid('id', id)]);
    const branch = await this.branches.findOneBy({ id });
    if (!branch) throw new AccountsException(AccountsExceptionCode.BRANCH_NOT_FOUND);
    try {
      await this.branches.delete({ id });
    } catch (error) {
      if (
        isForeignKeyViolation(error, 'users_home_branch_id_fkey') ||
        isForeignKeyViolation(error, 'paper_participations_branch_id_fkey')
      ) {
        throw new AccountsException(AccountsExceptionCode.BRANCH_IN_USE);
      }
      throw error;
    }
    return branch;
  }

  private async saveUniqueSlug(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (isUniqueViolation(error, 'branches_slug_key')) {
        throw new AccountsException(AccountsExceptionCode.BRANCH_SLUG_TAKEN);
      }
      throw error;
    }
  }
}
