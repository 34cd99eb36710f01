import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, LocalizedTextOutput } from '@lukuhaaste/api/common';
import { ChallengeStatus } from '../enums/challenge-status.enum';

/** `categories` is a resolved field (batched); the counts are columns kept by triggers. */
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

  @Field(() => Int)
  categoryCount!: number;

  @Field(() => Int, { description: 'Number of participants (joined users).' })
  participantCount!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;
}
