import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What moving one context's references from a merged-away book did. */
export interface MovedBookReferences {
  moved: number;
  /** Entries taken out of their category because the participant now has the target book placed elsewhere. */
  unplaced: number;
}

/**
 * A context whose rows point at books (e.g. reading entries). Books cannot
 * depend on those contexts, so each registers itself here and the merge calls
 * it inside its transaction.
 *
 * Lock order: the merge first locks both books FOR UPDATE (which stops new
 * references to them), then calls `lockReferences`, which must lock with
 * NOWAIT: a writer that holds its own row and waits for a book would
 * otherwise deadlock with the merge. A lock that is not available fails the
 * attempt, and the merge retries from the start.
 */
export interface BookReferenceMover {
  lockReferences(manager: EntityManager, bookIds: readonly string[]): Promise<void>;
  moveReferences(manager: EntityManager, sourceId: string, targetId: string): Promise<MovedBookReferences>;
}

@Injectable()
export class BookReferencesRegistry {
  private readonly registered: BookReferenceMover[] = [];

  register(mover: BookReferenceMover): void {
    this.registered.push(mover);
  }

  get movers(): readonly BookReferenceMover[] {
    return this.registered;
  }
}
