import { Role, type UserEntity } from '@lukuhaaste/api/accounts';
import type { CommentEntity } from '../entities/comment.entity';
import { canReportComment, isCommentReadable, isOwnLiveComment } from './comment-visibility.util';

const user = (id: string, role = Role.PATRON, suspendedUntil: Date | null = null) =>
  ({ id, role, suspendedUntil }) as UserEntity;
const comment = (changes: Partial<CommentEntity> = {}) =>
  ({ authorId: 'author', deletedAt: null, hiddenAt: null, ...changes }) as CommentEntity;
const author = user('author');
const patron = user('patron');
const librarian = user('librarian', Role.LIBRARIAN);

describe(isCommentReadable.name, () => {
  it('shows a hidden comment whole to staff only; patrons, its author included, see a placeholder', () => {
    const hidden = comment({ hiddenAt: new Date() });
    expect([null, patron, author, librarian].map((viewer) => isCommentReadable(hidden, viewer))).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('shows a deleted comment to nobody', () => {
    expect(isCommentReadable(comment({ deletedAt: new Date() }), librarian)).toBe(false);
  });
});

describe(isOwnLiveComment.name, () => {
  it('lets the author edit until the comment is deleted or the author suspended', () => {
    expect(isOwnLiveComment(comment(), author)).toBe(true);
    expect(isOwnLiveComment(comment(), patron)).toBe(false);
    expect(isOwnLiveComment(comment({ deletedAt: new Date() }), author)).toBe(false);
    expect(isOwnLiveComment(comment(), user('author', Role.PATRON, new Date(Date.now() + 60_000)))).toBe(false);
  });
});

describe(canReportComment.name, () => {
  it('lets signed-in readers other than the author report a comment that is not deleted', () => {
    expect(canReportComment(comment(), patron)).toBe(true);
    expect(canReportComment(comment(), null)).toBe(false);
    expect(canReportComment(comment(), author)).toBe(false);
    expect(canReportComment(comment({ deletedAt: new Date() }), patron)).toBe(false);
  });
});
