import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class PostCommentInput {
  @Field(() => ID)
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'Reply to this top-level comment of the same thread.' })
  parentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown, at most 4000 characters. May be empty when a book or reading entry is shared.',
  })
  body?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  containsSpoilers?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'A catalogue book the comment is about.' })
  bookId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "One of my reading entries: its book, rating and review (as the body, unless a body is given) and its spoiler flag become the comment's.",
  })
  readingEntryId?: string | null;
}
