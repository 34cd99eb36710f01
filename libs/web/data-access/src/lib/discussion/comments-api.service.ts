import { inject, Injectable } from '@angular/core';
import {
  CommentsDocument,
  DeleteCommentDocument,
  EditCommentDocument,
  PostCommentDocument,
  PreviewMarkdownDocument,
  ReactDocument,
  UnreactDocument,
  type CommentFieldsFragment,
  type CommentsQuery,
  type CommentsQueryVariables,
  type EditCommentInput,
  type PostCommentInput,
  type ReactionKind,
} from '../../generated/discussion';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type Comment = CommentFieldsFragment;
export type Reply = Comment['replies'][number];
export type CommentsPage = CommentsQuery['comments'];
/** Which page of top-level comments: `first/after` forwards, `last/before` backwards, `last` alone the newest, `around` a comment's page. */
export type CommentsPageRequest = Omit<CommentsQueryVariables, 'threadId'>;

/** Comments of one thread, their replies and reactions. Writes need a login; rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class CommentsApi {
  private readonly client = inject(GraphqlClient);

  /** Top-level comments oldest first, each with all its replies. */
  async page(threadId: string, request: CommentsPageRequest): Promise<CommentsPage> {
    const { comments } = await this.client.query(CommentsDocument, { threadId, ...request });
    return comments;
  }

  async post(input: PostCommentInput): Promise<Comment> {
    const { postComment } = await this.client.mutate(PostCommentDocument, { input });
    return postComment;
  }

  async edit(id: string, input: EditCommentInput): Promise<Comment> {
    const { editComment } = await this.client.mutate(EditCommentDocument, { id, input });
    return editComment;
  }

  /** Soft delete: the comment stays as a placeholder so its replies keep their place. */
  async delete(id: string): Promise<Comment> {
    const { deleteComment } = await this.client.mutate(DeleteCommentDocument, { id });
    return deleteComment;
  }

  async react(commentId: string, kind: ReactionKind): Promise<Comment> {
    const { react } = await this.client.mutate(ReactDocument, { commentId, kind });
    return react;
  }

  async unreact(commentId: string, kind: ReactionKind): Promise<Comment> {
    const { unreact } = await this.client.mutate(UnreactDocument, { commentId, kind });
    return unreact;
  }

  /** The sanitized HTML the server would store for this markdown. */
  async preview(body: string): Promise<string> {
    const { previewMarkdown } = await this.client.mutate(PreviewMarkdownDocument, { body });
    return previewMarkdown;
  }
}
