import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BookFlagReason } from '../enums/book-flag-reason.enum';

/** A patron's own flag, as returned to them (the reporter is never shown to others). */
@ObjectType('BookFlag')
export class BookFlagOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bookId!: string;

  @Field(() => BookFlagReason)
  reason!: BookFlagReason;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;
}
