import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '../enums/locale.enum';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => Locale, { nullable: true })
  locale?: Locale | null;
}
