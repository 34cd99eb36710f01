import { Field, InputType } from '@nestjs/graphql';
import { LocalizedTextInput } from '@lukuhaaste/api/common';

@InputType()
export class CreateBranchInput {
  @Field({ description: 'Lower-case words and digits joined by hyphens, unique, e.g. kirjasto-10.' })
  slug!: string;

  @Field(() => LocalizedTextInput)
  name!: LocalizedTextInput;
}

@InputType({ description: 'Omitted fields keep their value.' })
export class UpdateBranchInput {
  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  name?: LocalizedTextInput | null;
}
