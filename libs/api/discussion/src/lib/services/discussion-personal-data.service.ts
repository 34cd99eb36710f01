import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataHolder, type PersonalDataRow } from '@lukuhaaste/api/accounts';
import type { EntityManager } from 'typeorm';

/**
 * Comments, reactions, category suggestions and votes in "my data".
 * Deleting the account deletes each comment the way its author would
 * (text and shared book cleared, the row kept so replies keep their place,
 * the thread's count lowered) and the reactions, whose counts are counted
 * from the rows. Category suggestions and votes stay under the pseudonym:
 * they are proposals to the library, and removing votes would reorder them.
 */
@Injectable()
export class DiscussionPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, userId: string): Promise<Record<string, PersonalDataRow[]>> {
    const comments: PersonalDataRow[] = await manager.query(
      `SELECT id, thread_id AS "threadId", parent_id AS "parentId", body, contains_spoilers AS "containsSpoilers",
              created_at AS "createdAt", edited_at AS "editedAt", deleted_at AS "deletedAt", hidden_at AS "hiddenAt"
         FROM comments WHERE author_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const reactions: PersonalDataRow[] = await manager.query(
      `SELECT comment_id AS "commentId", kind, created_at AS "createdAt"
         FROM comment_reactions WHERE user_id = $1 ORDER BY created_at, comment_id`,
      [userId],
    );
    const categorySuggestions: PersonalDataRow[] = await manager.query(
      `SELECT id, text, status, created_at AS "createdAt" FROM category_suggestions
        WHERE author_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const suggestionVotes: PersonalDataRow[] = await manager.query(
      `SELECT suggestion_id AS "suggestionId" FROM suggestion_votes WHERE user_id = $1 ORDER BY suggestion_id`,
      [userId],
    );
    return { comments, reactions, categorySuggestions, suggestionVotes };
  }

  async erasePersonalData(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `WITH deleted AS (
         UPDATE comments SET body = '', body_html = '', book_id = NULL, reading_entry_id = NULL, deleted_at = now()
          WHERE author_id = $1 AND deleted_at IS NULL
         RETURNING thread_id)
       UPDATE threads AS t SET comment_count = t.comment_count - d.count
         FROM (SELECT thread_id, count(*)::int AS count FROM deleted GROUP BY thread_id) AS d
        WHERE t.id = d.thread_id`,
      [userId],
    );
    await manager.query(`DELETE FROM comment_reactions WHERE user_id = $1`, [userId]);
  }
}
