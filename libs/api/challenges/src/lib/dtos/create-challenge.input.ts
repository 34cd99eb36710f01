import { Field, InputType, Int } from '@nestjs/graphql';
import { DateScalar, LocalizedTextInput } from '@lukuhaaste/api/common';

@InputType()
export class CreateChallengeInput {
  @Field(() => Int)
  year!: number;

  @Field(() => LocalizedTextInput)
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to Jan 1 / Dec 31 of the year.' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  allowBookReuse?: boolean | null;
}
