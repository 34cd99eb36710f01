import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentUser,
  Role,
  Roles,
  UserOutput,
  isStaff,
  userByIdLoader,
  type GraphqlContext,
  type UserEntity,
} from '@lukuhaaste/api/accounts';
import { DataSource } from 'typeorm';
import { ReportInput } from '../dtos/report.input';
import { ReportOutput } from '../dtos/report.output';
import type { ReportEntity } from '../entities/report.entity';
import { ReportStatus } from '../enums/report-status.enum';
import { ReportDecisionsService } from '../services/report-decisions.service';
import { ReportsService } from '../services/reports.service';

@Resolver(() => ReportOutput)
export class ReportResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly decisions: ReportDecisionsService,
  ) {}

  @Mutation(() => ReportOutput, { description: 'CONFLICT when you already have an open report on the item.' })
  report(@CurrentUser() user: UserEntity, @Args('input') input: ReportInput): Promise<ReportEntity> {
    return this.reports.report(user, input);
  }

  @Roles(Role.LIBRARIAN, Role.ADMIN)
  @Mutation(() => ReportOutput, { description: 'Acted on; the reporter is told.' })
  resolveReport(
    @CurrentUser() moderator: UserEntity,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<ReportEntity> {
    return this.decisions.decide(moderator, id, ReportStatus.RESOLVED, note);
  }

  @Roles(Role.LIBRARIAN, Role.ADMIN)
  @Mutation(() => ReportOutput, { description: 'Nothing wrong; the reporter is told.' })
  dismissReport(
    @CurrentUser() moderator: UserEntity,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<ReportEntity> {
    return this.decisions.decide(moderator, id, ReportStatus.DISMISSED, note);
  }

  @Roles(Role.LIBRARIAN, Role.ADMIN)
  @Mutation(() => Int, { description: 'Decides every open report of the item; returns how many there were.' })
  resolveItemReports(
    @CurrentUser() moderator: UserEntity,
    @Args('commentId', { type: () => ID, nullable: true }) commentId: string | null,
    @Args('suggestionId', { type: () => ID, nullable: true }) suggestionId: string | null,
    @Args('outcome', { type: () => ReportStatus }) outcome: ReportStatus,
  ): Promise<number> {
    return this.decisions.decideItem(moderator, { commentId, suggestionId }, outcome);
  }

  @ResolveField(() => UserOutput, { nullable: true, description: 'Staff only: reporters stay anonymous to others.' })
  async reporter(
    @Parent() report: ReportEntity,
    @CurrentUser() viewer: UserEntity | null,
    @Context() { req }: GraphqlContext,
  ): Promise<UserEntity | null> {
    return isStaff(viewer) ? await userByIdLoader(req, this.dataSource.manager).load(report.reporterId) : null;
  }
}
