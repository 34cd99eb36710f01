import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../decorators/current-user.decorator';
import { DeleteMyAccountInput } from '../dtos/delete-my-account.input';
import { MyDataExportOutput } from '../dtos/my-data-export.output';
import type { UserEntity } from '../entities/user.entity';
import type { GraphqlContext } from '../request-context';
import { AccountDeletionService } from '../services/account-deletion.service';
import { MyDataExportService } from '../services/my-data-export.service';
import { SessionCookie } from '../services/session-cookie.service';

/** The caller's data rights: always about oneself, so no id is taken. */
@Resolver()
export class MyDataResolver {
  constructor(
    private readonly exports: MyDataExportService,
    private readonly deletions: AccountDeletionService,
    private readonly cookie: SessionCookie,
  ) {}

  @Mutation(() => MyDataExportOutput, { description: 'Everything kept about the caller, as JSON and entries CSV.' })
  exportMyData(@CurrentUser() user: UserEntity): Promise<MyDataExportOutput> {
    return this.exports.export(user.id);
  }

  @Mutation(() => Boolean, { description: "Erases the caller's personal data and signs out everywhere." })
  async deleteMyAccount(
    @CurrentUser() user: UserEntity,
    @Args('input') input: DeleteMyAccountInput,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    await this.deletions.deleteAccount(user, input.password);
    this.cookie.clear(context.reply);
    context.req.auth = { user: null, sessionToken: null };
    return true;
  }
}
