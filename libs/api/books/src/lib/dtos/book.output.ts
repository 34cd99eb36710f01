import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@lukuhaaste/api/common';

@ObjectType('Book')
export class BookOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => [String])
  authors!: string[];

  @Field(() => String, { nullable: true })
  isbn13!: string | null;

  @Field(() => Int, { nullable: true })
  publishedYear!: number | null;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field(() => String, { nullable: true })
  coverUrl!: string | null;
}

@ObjectType()
export class BookConnection extends ConnectionType(BookOutput, 'Book') {}
