import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BranchOutput } from '@lukuhaaste/api/accounts';

@ObjectType('BranchLeaderboardRow', { description: 'One library branch’s totals in a challenge.' })
export class BranchLeaderboardRowOutput {
  @Field(() => BranchOutput)
  branch!: BranchOutput;

  @Field(() => Int, { description: 'Participants whose home branch this is.' })
  participants!: number;

  @Field(() => Int, { description: 'Books they placed in the challenge’s categories.' })
  booksLogged!: number;

  @Field(() => Int, { description: 'Participants who filled every category.' })
  completions!: number;
}
