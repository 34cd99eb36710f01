import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@lukuhaaste/api/common';
import { BookFlagReason } from '../enums/book-flag-reason.enum';
import { BookOutput } from './book.output';

@ObjectType()
export class BookFlagReasonCount {
  @Field(() => BookFlagReason)
  reason!: BookFlagReason;

  @Field(() => Int)
  count!: number;
}

/** A book with open flags, for the librarians' catalogue page. */
@ObjectType()
export class FlaggedBook {
  @Field(() => BookOutput)
  book!: BookOutput;

  @Field(() => Int, { description: 'Open flags, one per patron.' })
  openFlagCount!: number;

  @Field(() => [BookFlagReasonCount], { description: 'Most common reason first.' })
  reasons!: BookFlagReasonCount[];

  @Field(() => [String], { description: 'Notes of the open flags, newest first (at most 10).' })
  notes!: string[];

  @Field()
  lastFlaggedAt!: Date;
}

@ObjectType()
export class FlaggedBookConnection extends ConnectionType(FlaggedBook, 'FlaggedBook') {}
