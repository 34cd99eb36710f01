import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BookReferencesRegistry, type BookReferenceMover, type MovedBookReferences } from '@lukuhaaste/api/books';
import type { EntityManager } from 'typeorm';

/** Comments about a book follow it when librarians merge it into another (instead of losing the book). */
@Injectable()
export class CommentBookReferences implements BookReferenceMover, OnModuleInit {
  constructor(private readonly registry: BookReferencesRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  /** NOWAIT (see BookReferenceMover): an edit holding a comment fails the merge attempt, which retries. */
  async lockReferences(manager: EntityManager, bookIds: readonly string[]): Promise<void> {
    await manager.query(`SELECT id FROM comments WHERE book_id = ANY($1::uuid[]) ORDER BY id FOR UPDATE NOWAIT`, [
      bookIds,
    ]);
  }

  async moveReferences(manager: EntityManager, sourceId: string, targetId: string): Promise<MovedBookReferences> {
    await manager.query(`UPDATE comments SET book_id = $2 WHERE book_id = $1`, [sourceId, targetId]);
    // The merge outcome counts patrons' reading entries; comments are not entries.
    return { moved: 0, unplaced: 0 };
  }
}
