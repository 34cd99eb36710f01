import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '../enums/locale.enum';

@InputType()
export class RegisterInput {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field()
  password!: string;

  @Field(() => Locale, { nullable: true })
  locale?: Locale | null;
}
