import { Field, InputType, ObjectType } from '@nestjs/graphql';
import type { LocalizedText } from '@lukuhaaste/shared/util-rules';

/** Librarian-written text: Finnish required, Swedish and English optional. Stored as jsonb. */
@ObjectType('LocalizedText', {
  description: 'Librarian-written text: Finnish required, Swedish and English optional (clients fall back to fi).',
})
export class LocalizedTextOutput implements LocalizedText {
  @Field()
  fi!: string;

  @Field(() => String, { nullable: true })
  sv?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;
}

@InputType()
export class LocalizedTextInput implements LocalizedText {
  @Field()
  fi!: string;

  @Field(() => String, { nullable: true })
  sv?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;
}
