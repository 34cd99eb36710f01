import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextOutput } from '@lukuhaaste/api/common';

@ObjectType('SharedBook')
export class SharedBookOutput {
  @Field()
  title!: string;

  @Field(() => [String])
  authors!: string[];
}

/** A public progress page: only what the patron chose to share (no reviews, ratings or email). */
@ObjectType('SharedProgress')
export class SharedProgressOutput {
  @Field()
  displayName!: string;

  @Field(() => LocalizedTextOutput)
  challengeTitle!: LocalizedTextOutput;

  @Field({ description: 'For the "join the challenge" link.' })
  challengeSlug!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  filledCount!: number;

  @Field(() => Int)
  categoryCount!: number;

  @Field(() => [SharedBookOutput], { description: 'The latest books placed in a category, newest first (at most 3).' })
  recentBooks!: SharedBookOutput[];

  @Field(() => LocalizedTextOutput, { nullable: true })
  homeBranchName!: LocalizedTextOutput | null;
}
