import { Injectable } from '@nestjs/common';
import { RateLimitService, type UserEntity } from '@lukuhaaste/api/accounts';
import {
  BooksService,
  ImportFileException,
  ImportSkipReason,
  readGoodreadsExport,
  type GoodreadsSkip,
} from '@lukuhaaste/api/books';
import { ParticipationService } from '@lukuhaaste/api/challenges';
import { assertValid, checkUuid } from '@lukuhaaste/api/common';
import { IMPORT_FILE_MAX_BYTES, todayInHelsinki } from '@lukuhaaste/shared/util-rules';
import { DataSource, type EntityManager } from 'typeorm';
import { IMPORT_RATE_LIMIT, UNPLACED_ENTRIES_MAX } from '../constants/reading-limits.constant';
import type { ImportReportOutput, ImportSkippedRowOutput } from '../dtos/import-report.output';
import { checkImportedRead, type CheckedRead } from './check-imported-read.util';
import { IMPORT_SKIP_MESSAGES } from './import-skip-messages';
import { insertImportedEntries, readLoggedBooks } from './imported-entries.query';

const REPORTED_TITLE_MAX_LENGTH = 200;

/**
 * Goodreads' library export into a challenge: each read in the challenge's
 * period becomes an unplaced entry (the patron places it in a category
 * later), by the rules of a logged book. One transaction holding the
 * participation's lock, so the import is all or nothing, and a re-run skips
 * what the first one imported (ALREADY_LOGGED). Books and entries are written
 * with a few set-based statements whatever the number of rows.
 */
@Injectable()
export class ImportGoodreadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly books: BooksService,
    private readonly participations: ParticipationService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async importCsv(user: UserEntity, challengeId: string, csv: string): Promise<ImportReportOutput> {
    assertValid([checkUuid('challengeId', challengeId)]);
    if (Buffer.byteLength(csv) > IMPORT_FILE_MAX_BYTES)
      throw new ImportFileException('FILE_TOO_LARGE', { max: IMPORT_FILE_MAX_BYTES });
    await this.rateLimits.consume('reading.import:user', user.id, IMPORT_RATE_LIMIT);
    const today = todayInHelsinki();
    const rows = readGoodreadsExport(csv, Number(today.slice(0, 4)));
    return await this.dataSource.transaction(async (manager) => {
      const challenge = await this.participations.requireJoinable(challengeId, user, manager);
      const skipped: GoodreadsSkip[] = [];
      const reads: CheckedRead[] = [];
      for (const row of rows) {
        const checked = 'reason' in row ? row.reason : checkImportedRead(row, challenge, today);
        if (typeof checked === 'string') skipped.push({ row: row.row, title: row.title, reason: checked });
        else reads.push(checked);
      }
      const imported = reads.length > 0 ? await this.store(manager, user.id, challenge.id, reads, skipped) : [];
      return {
        imported: imported.length,
        skipped: skipped.sort((a, b) => a.row - b.row).map(toSkippedRow),
        shortenedReviews: imported.filter((read) => read.reviewShortened).map((read) => read.row),
      };
    });
  }

  /**
   * Joins (locking the participation), writes the reads' books and entries,
   * and returns the reads stored; the others join `skipped`. Unplaced entries
   * leave the progress as it was. Books are written for every read in the
   * period, also those past the unplaced cap: they are real books, found again
   * when the patron imports once more after placing some.
   */
  private async store(
    manager: EntityManager,
    userId: string,
    challengeId: string,
    reads: CheckedRead[],
    skipped: GoodreadsSkip[],
  ): Promise<CheckedRead[]> {
    const participation = await this.participations.findOrJoin(userId, challengeId, manager);
    const bookIds = await this.books.findOrCreateMany(
      reads.map((read) => read.book),
      manager,
    );
    const logged = await readLoggedBooks(manager, participation.id);
    let unplaced = logged.unplaced;
    const entries: Array<CheckedRead & { bookId: string }> = [];
    for (const [index, read] of reads.entries()) {
      const bookId = bookIds[index] as string;
      const reason = logged.bookIds.has(bookId)
        ? ImportSkipReason.ALREADY_LOGGED
        : unplaced >= UNPLACED_ENTRIES_MAX
          ? ImportSkipReason.TOO_MANY_UNPLACED
          : null;
      logged.bookIds.add(bookId);
      if (reason) {
        skipped.push({ row: read.row, title: read.title, reason });
      } else {
        unplaced += 1;
        entries.push({ ...read, bookId });
      }
    }
    await insertImportedEntries(manager, { challengeId, participationId: participation.id }, entries);
    return entries;
  }
}

function toSkippedRow({ row, title, reason }: GoodreadsSkip): ImportSkippedRowOutput {
  const characters = [...title];
  const shortTitle =
    characters.length > REPORTED_TITLE_MAX_LENGTH
      ? `${characters.slice(0, REPORTED_TITLE_MAX_LENGTH - 1).join('')}…`
      : title;
  return { row, title: shortTitle, reason, message: IMPORT_SKIP_MESSAGES[reason] };
}
