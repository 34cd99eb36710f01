import { Field, InputType, Int } from '@nestjs/graphql';

/** A librarian's correction: omitted fields stay, null clears an optional one. */
@InputType()
export class UpdateBookInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [String], { nullable: true })
  authors?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISBN-10 or ISBN-13, stored as ISBN-13; CONFLICT when another book has it (merge them instead).',
  })
  isbn?: string | null;

  @Field(() => Int, { nullable: true })
  publishedYear?: number | null;

  @Field(() => String, { nullable: true })
  language?: string | null;
}
