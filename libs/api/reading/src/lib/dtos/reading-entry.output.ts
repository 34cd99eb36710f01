import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@lukuhaaste/api/common';
import { BookFormat } from '../enums/book-format.enum';

/** `category`, `book` and `participation` are resolved fields (batched). */
@ObjectType('ReadingEntry')
export class ReadingEntryOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => BookFormat)
  format!: BookFormat;

  @Field(() => DateScalar)
  finishedOn!: string;

  @Field(() => Int, { nullable: true })
  rating!: number | null;

  @Field(() => String, { nullable: true })
  review!: string | null;

  @Field()
  containsSpoilers!: boolean;

  @Field()
  createdAt!: Date;
}
