import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BookOutput } from '@lukuhaaste/api/books';
import { ConnectionType } from '@lukuhaaste/api/common';

@ObjectType('CategoryRead', { description: 'One book others logged for a category, with how many readers logged it.' })
export class CategoryReadOutput {
  @Field(() => BookOutput)
  book!: BookOutput;

  @Field(() => Int)
  readerCount!: number;
}

@ObjectType()
export class CategoryReadConnection extends ConnectionType(CategoryReadOutput, 'CategoryRead') {}
