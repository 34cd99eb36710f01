import { Field, InputType } from '@nestjs/graphql';
import { DateScalar, LocalizedTextInput } from '@lukuhaaste/api/common';

/** Absent fields stay as they are; `description: null` clears the description. */
@InputType()
export class UpdateChallengeInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => DateScalar, { nullable: true, description: 'Structural fields: only while DRAFT (else FORBIDDEN).' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  allowBookReuse?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Opens or closes category suggestions; allowed until archived.',
  })
  suggestionsOpen?: boolean | null;
}
