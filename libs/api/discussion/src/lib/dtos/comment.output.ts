import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@lukuhaaste/api/common';

/** Viewer-dependent fields (body, bodyHtml, author, hiddenReason, viewerCan*) and nested ones are resolved. */
@ObjectType('Comment')
export class CommentOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  threadId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field()
  containsSpoilers!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deletedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  hiddenAt!: Date | null;
}

export const CommentConnection = ConnectionType(CommentOutput, 'Comment');
