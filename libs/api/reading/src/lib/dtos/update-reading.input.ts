import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@lukuhaaste/api/common';
import { BookFormat } from '../enums/book-format.enum';

/** Absent fields stay as they are; explicit null clears categoryId, rating and review. */
@InputType({ description: 'Absent fields stay as they are; explicit null clears categoryId, rating and review.' })
export class UpdateReadingInput {
  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => BookFormat, { nullable: true })
  format?: BookFormat | null;

  @Field(() => DateScalar, { nullable: true })
  finishedOn?: string | null;

  @Field(() => Int, { nullable: true })
  rating?: number | null;

  @Field(() => String, { nullable: true })
  review?: string | null;

  @Field(() => Boolean, { nullable: true })
  containsSpoilers?: boolean | null;
}
