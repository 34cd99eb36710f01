import { Field, InputType } from '@nestjs/graphql';
import { LocalizedTextInput } from '@lukuhaaste/api/common';

@InputType()
export class CategoryInput {
  @Field(() => LocalizedTextInput)
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;
}
