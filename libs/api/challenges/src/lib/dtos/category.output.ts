import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextOutput } from '@lukuhaaste/api/common';

@ObjectType('Category')
export class CategoryOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  challengeId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => LocalizedTextOutput)
  title!: LocalizedTextOutput;

  @Field(() => LocalizedTextOutput, { nullable: true })
  description!: LocalizedTextOutput | null;
}
