import { CommentEntity } from '../entities/comment.entity';

/** A comment's own columns, without its relations. */
export type CommentRow = Omit<CommentEntity, 'thread' | 'parent' | 'author' | 'book' | 'readingEntry' | 'hiddenBy'>;

/**
 * A comment's columns under its entity's property names, for raw SELECTs on
 * the read paths: TypeORM's find() builds its SQL and hydrates every row on
 * each call, which cost a comments page more CPU than its statements did.
 */
export function commentColumns(alias: string): string {
  return `${alias}.id, ${alias}.thread_id AS "threadId", ${alias}.parent_id AS "parentId",
    ${alias}.author_id AS "authorId", ${alias}.body, ${alias}.body_html AS "bodyHtml",
    ${alias}.contains_spoilers AS "containsSpoilers", ${alias}.book_id AS "bookId",
    ${alias}.reading_entry_id AS "readingEntryId", ${alias}.created_at AS "createdAt",
    ${alias}.edited_at AS "editedAt", ${alias}.deleted_at AS "deletedAt", ${alias}.hidden_at AS "hiddenAt",
    ${alias}.hidden_by AS "hiddenById", ${alias}.hidden_reason AS "hiddenReason",
    ${alias}.hidden_automatically AS "hiddenAutomatically"`;
}

/** A row selected with commentColumns() as an entity: pg already parses its uuids, booleans and timestamps. */
export function commentFromRow(row: CommentRow): CommentEntity {
  return Object.assign(new CommentEntity(), row);
}
