import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class NewBookInput {
  @Field()
  title!: string;

  @Field(() => [String])
  authors!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'ISBN-10 or ISBN-13, hyphens allowed; stored as ISBN-13. An existing book with the same ISBN is reused.',
  })
  isbn?: string | null;

  @Field(() => Int, { nullable: true })
  publishedYear?: number | null;

  @Field(() => String, { nullable: true })
  language?: string | null;
}
