import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { NewBookInput } from '@lukuhaaste/api/books';
import { DateScalar } from '@lukuhaaste/api/common';
import { BookFormat } from '../enums/book-format.enum';

@InputType()
export class LogReadingInput {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => ID, { nullable: true, description: 'Omit or null to log without placing it in a category yet.' })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Exactly one of bookId and newBook.' })
  bookId?: string | null;

  @Field(() => NewBookInput, { nullable: true })
  newBook?: NewBookInput | null;

  @Field(() => BookFormat, { nullable: true, defaultValue: BookFormat.PRINT })
  format?: BookFormat | null;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today (Helsinki).' })
  finishedOn?: string | null;

  @Field(() => Int, { nullable: true })
  rating?: number | null;

  @Field(() => String, { nullable: true })
  review?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  containsSpoilers?: boolean | null;
}
