import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../decorators/public.decorator';
import { Roles } from '../decorators/roles.decorator';
import { CreateBranchInput, UpdateBranchInput } from '../dtos/branch.input';
import { BranchOutput } from '../dtos/branch.output';
import type { BranchEntity } from '../entities/branch.entity';
import { Role } from '../enums/role.enum';
import { BranchesService } from '../services/branches.service';

/** Everyone lists branches (to pick one, to read the leaderboard); only admins change them. */
@Resolver(() => BranchOutput)
export class BranchesResolver {
  constructor(private readonly branchesService: BranchesService) {}

  @Public()
  @Query(() => [BranchOutput], { description: 'Every library branch, by Finnish name.' })
  branches(): Promise<BranchEntity[]> {
    return this.branchesService.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => BranchOutput)
  createBranch(@Args('input') input: CreateBranchInput): Promise<BranchEntity> {
    return this.branchesService.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => BranchOutput)
  updateBranch(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateBranchInput,
  ): Promise<BranchEntity> {
    return this.branchesService.update(id, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => BranchOutput, {
    description: 'Refused with CONFLICT (reason BRANCH_IN_USE) while it is anyone’s home branch.',
  })
  deleteBranch(@Args('id', { type: () => ID }) id: string): Promise<BranchEntity> {
    return this.branchesService.delete(id);
  }
}
