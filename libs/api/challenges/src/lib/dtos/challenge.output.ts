import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, LocalizedTextOutput } from '@lukuhaaste/api/common';
import { ChallengeStatus } from '../enums/challenge-status.enum';

/** `categories`, `categoryCount` and `participantCount` are resolved fields (batched). */
@ObjectType('Challenge')
export class ChallengeOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => LocalizedTextOutput)
  title!: LocalizedTextOutput;

  @Field(() => LocalizedTextOutput, { nullable: true })
  description!: LocalizedTextOutput | null;

  @Field(() => ChallengeStatus)
  status!: ChallengeStatus;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field()
  allowBookReuse!: boolean;

  @Field({ description: 'Patrons may suggest and vote on categories for next year (categorySuggestions).' })
  suggestionsOpen!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;
}
