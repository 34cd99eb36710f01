import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One export section's rows: plain JSON values, dates as ISO strings. */
export type PersonalDataRow = Record<string, string | number | boolean | null | readonly string[]>;

/**
 * A context that keeps rows about a user (reading entries, comments…).
 * Accounts cannot depend on those contexts, so each registers itself here;
 * the export reads every section and the account deletion erases each one
 * inside its transaction, while the user's row is locked.
 */
export interface PersonalDataHolder {
  /** Sections this holder adds to the JSON export, by name. */
  exportData(manager: EntityManager, userId: string): Promise<Record<string, PersonalDataRow[]>>;
  /** Removes the user's personal data but keeps what anonymised counts need. */
  erasePersonalData(manager: EntityManager, userId: string): Promise<void>;
}

/** The section that the "Entries as CSV" download is made from (reading registers it). */
export const READING_ENTRIES_SECTION = 'readingEntries';
/** The CSV's columns, in order: keys of the reading entries section's rows. */
export const READING_ENTRY_CSV_COLUMNS = [
  'challenge',
  'category',
  'title',
  'authors',
  'isbn13',
  'format',
  'finishedOn',
  'rating',
  'review',
  'containsSpoilers',
] as const;

@Injectable()
export class PersonalDataRegistry {
  private readonly registered: PersonalDataHolder[] = [];

  register(holder: PersonalDataHolder): void {
    this.registered.push(holder);
  }

  get holders(): readonly PersonalDataHolder[] {
    return this.registered;
  }
}
