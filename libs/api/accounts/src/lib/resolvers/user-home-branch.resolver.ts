import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BranchOutput } from '../dtos/branch.output';
import { UserOutput } from '../dtos/user.output';
import type { BranchEntity } from '../entities/branch.entity';
import type { UserEntity } from '../entities/user.entity';
import { branchByIdLoader } from '../loaders/branch-by-id.loader';
import type { GraphqlContext } from '../request-context';
import { BranchesService } from '../services/branches.service';

@Resolver(() => UserOutput)
export class UserHomeBranchResolver {
  constructor(private readonly branches: BranchesService) {}

  @ResolveField(() => BranchOutput, { nullable: true, description: 'The library branch the user picked as home.' })
  async homeBranch(@Parent() user: UserEntity, @Context() { req }: GraphqlContext): Promise<BranchEntity | null> {
    return user.homeBranchId ? branchByIdLoader(req, this.branches).load(user.homeBranchId) : null;
  }
}
