import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BookOutput } from './book.output';

@ObjectType()
export class BookMergeResult {
  @Field(() => BookOutput, { description: 'The target book, which now carries every reference.' })
  book!: BookOutput;

  @Field(() => Int, { description: 'Reading entries moved from the source book.' })
  movedEntries!: number;

  @Field(() => Int, {
    description:
      'Moved entries taken out of their category (kept, not counted) because the challenge counts a book once and the participant already had the target book placed.',
  })
  unplacedEntries!: number;
}
