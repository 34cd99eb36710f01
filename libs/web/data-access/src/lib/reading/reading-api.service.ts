import { inject, Injectable } from '@angular/core';
import {
  FlagBookDocument,
  JoinChallengeDocument,
  LogReadingDocument,
  MyParticipationDocument,
  RemoveReadingDocument,
  SearchBooksDocument,
  UpdateReadingDocument,
  type BookFieldsFragment,
  type BookFlagReason,
  type LogReadingInput,
  type LogReadingMutation,
  type MyParticipationQuery,
  type ProgressFieldsFragment,
  type UpdateReadingInput,
} from '../../generated/reading';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type Book = BookFieldsFragment;
export type Participation = NonNullable<MyParticipationQuery['myParticipation']>;
export type ReadingEntry = Participation['entries'][number];
/** A saved entry with the owner's updated progress. */
export type SavedReadingEntry = LogReadingMutation['logReading'];
export type Progress = ProgressFieldsFragment;

/** The logged-in user's reading log. Rejects with ApiError (UNAUTHENTICATED when logged out). */
@Injectable({ providedIn: 'root' })
export class ReadingApi {
  private readonly client = inject(GraphqlClient);

  /** Null when the user has not joined the challenge yet. */
  async myParticipation(challengeId: string): Promise<Participation | null> {
    const { myParticipation } = await this.client.query(MyParticipationDocument, { challengeId });
    return myParticipation;
  }

  async join(challengeId: string): Promise<Participation> {
    const { joinChallenge } = await this.client.mutate(JoinChallengeDocument, { challengeId });
    return joinChallenge;
  }

  /** Catalogue search over titles and authors, best match first. */
  async searchBooks(search: string, first = 8): Promise<Book[]> {
    const { books } = await this.client.query(SearchBooksDocument, { search, first });
    return books.edges.map((edge) => edge.node);
  }

  async log(input: LogReadingInput): Promise<SavedReadingEntry> {
    const { logReading } = await this.client.mutate(LogReadingDocument, { input });
    return logReading;
  }

  async update(id: string, input: UpdateReadingInput): Promise<SavedReadingEntry> {
    const { updateReading } = await this.client.mutate(UpdateReadingDocument, { id, input });
    return updateReading;
  }

  async remove(id: string): Promise<Progress> {
    const { removeReading } = await this.client.mutate(RemoveReadingDocument, { id });
    return removeReading;
  }

  /** Reports a wrong detail of a catalogue book to the librarians; CONFLICT when this user already has an open report on it. */
  async flagBook(bookId: string, reason: BookFlagReason, note: string | null): Promise<void> {
    await this.client.mutate(FlagBookDocument, { bookId, reason, note });
  }
}
