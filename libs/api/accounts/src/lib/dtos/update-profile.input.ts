import { Field, ID, InputType } from '@nestjs/graphql';
import { Locale } from '../enums/locale.enum';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => Locale, { nullable: true })
  locale?: Locale | null;

  @Field(() => ID, { nullable: true, description: 'Omit to keep; null clears the home branch.' })
  homeBranchId?: string | null;
}
