import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedTextOutput } from '@lukuhaaste/api/common';

@ObjectType('Branch', { description: 'A library branch patrons may pick as their home branch.' })
export class BranchOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => LocalizedTextOutput)
  name!: LocalizedTextOutput;
}
