import { Injectable } from '@nestjs/common';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { NotificationKind, NotificationsService } from '@lukuhaaste/api/notifications';
import type { EntityManager } from 'typeorm';
import { MENTIONS_MAX } from '../constants/discussion-limits.constant';
import { CommentEntity } from '../entities/comment.entity';
import { mentionCandidates } from '../utils/mention-candidates.util';

/**
 * Who hears of a new comment: the author of the comment it replies to
 * (REPLY), and people named with @DisplayName (MENTION, at most
 * MENTIONS_MAX per comment; someone both replied to and mentioned gets the
 * reply only). Written in the comment's transaction; nobody is notified of
 * their own comment (NotificationsService skips the actor).
 */
@Injectable()
export class CommentNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  async commentAdded(manager: EntityManager, comment: CommentEntity, author: UserEntity): Promise<void> {
    const about = { actorId: author.id, threadId: comment.threadId, commentId: comment.id };
    const replyTo = comment.parentId ? await manager.findOneBy(CommentEntity, { id: comment.parentId }) : null;
    if (replyTo && !replyTo.deletedAt)
      await this.notifications.notify(manager, { ...about, userId: replyTo.authorId, kind: NotificationKind.REPLY });
    for (const userId of await this.mentionedUsers(manager, comment.body)) {
      if (userId !== replyTo?.authorId)
        await this.notifications.notify(manager, { ...about, userId, kind: NotificationKind.MENTION });
    }
  }

  /** Per @, the longest candidate that is someone's display name (case-insensitive). */
  private async mentionedUsers(manager: EntityManager, body: string): Promise<string[]> {
    const mentions = mentionCandidates(body);
    if (mentions.length === 0) return [];
    const rows: Array<{ id: string; name: string }> = await manager.query(
      `SELECT id, lower(display_name) AS name FROM users WHERE lower(display_name) = ANY($1::text[])`,
      [mentions.flat()],
    );
    const idsByName = new Map<string, string[]>();
    for (const row of rows) idsByName.set(row.name, [...(idsByName.get(row.name) ?? []), row.id]);
    const userIds = new Set<string>();
    for (const candidates of mentions) {
      const name = candidates.find((candidate) => idsByName.has(candidate));
      for (const id of name ? (idsByName.get(name) ?? []) : []) userIds.add(id);
    }
    return [...userIds].slice(0, MENTIONS_MAX);
  }
}
