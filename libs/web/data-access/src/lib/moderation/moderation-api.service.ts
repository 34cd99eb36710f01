import { inject, Injectable } from '@angular/core';
import {
  ModerationHideCommentDocument,
  ModerationHideSuggestionDocument,
  ModerationLockThreadDocument,
  ModerationLogDocument,
  ModerationPinThreadDocument,
  ModerationQueueDocument,
  ModerationResolveItemReportsDocument,
  ModerationRestoreCommentDocument,
  ModerationRestoreSuggestionDocument,
  ModerationSuspendUserDocument,
  ModerationUnlockThreadDocument,
  ModerationUnpinThreadDocument,
  ModerationUnsuspendUserDocument,
  ReportDocument,
  type ModeratedThreadFieldsFragment,
  type ModerationActionKind,
  type ModerationHideCommentMutation,
  type ModerationLogQuery,
  type ModerationQueueQuery,
  type ModerationUserFieldsFragment,
  type ReportInput,
  type ReportMutation,
} from '../../generated/moderation';
import { GraphqlClient } from '../graphql/graphql-client.service';
import { pageOf, type ListPage } from '../graphql/list-page';

export type ModerationItem = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];
export type ModerationLogEntry = ModerationLogQuery['moderationLog']['edges'][number]['node'];
export type ModeratedUser = ModerationUserFieldsFragment;
export type ModeratedThread = ModeratedThreadFieldsFragment;
export type ModeratedComment = ModerationHideCommentMutation['hideComment'];
export type FiledReport = ReportMutation['report'];

/** What a librarian asked for on a thread (the thread page's controls emit it). */
export interface ThreadModeration {
  threadId: string;
  action: 'PIN' | 'UNPIN' | 'LOCK' | 'UNLOCK';
  /** Required by the API for LOCK/UNLOCK, ignored for PIN/UNPIN. */
  reason: string | null;
}

/** What a librarian asked for on a comment. */
export interface CommentModeration {
  commentId: string;
  action: 'HIDE' | 'RESTORE';
  reason: string;
}

/** The audit log's filters, as the log page keeps them in its URL. */
export interface ModerationLogFilter {
  moderatorId?: string | null;
  userId?: string | null;
  action?: ModerationActionKind | null;
  /** ISO dates (YYYY-MM-DD), both inclusive. */
  from?: string | null;
  to?: string | null;
}

const PAGE_SIZE = 20;

/** Moderation as promises (rejections are ApiErrors): the queue, the audit log, and the librarians' actions. */
@Injectable({ providedIn: 'root' })
export class ModerationApi {
  private readonly client = inject(GraphqlClient);

  /** Open reports grouped by what they are about: auto-hidden first, then the most reported. */
  async queue(after?: string | null): Promise<ListPage<ModerationItem>> {
    const { moderationQueue } = await this.client.query(ModerationQueueDocument, { first: PAGE_SIZE, after });
    return pageOf(moderationQueue);
  }

  async log(filter: ModerationLogFilter, after?: string | null): Promise<ListPage<ModerationLogEntry>> {
    const { moderationLog } = await this.client.query(ModerationLogDocument, { ...filter, first: PAGE_SIZE, after });
    return pageOf(moderationLog);
  }

  async moderateComment({ commentId: id, action, reason }: CommentModeration): Promise<ModeratedComment> {
    if (action === 'HIDE') return (await this.client.mutate(ModerationHideCommentDocument, { id, reason })).hideComment;
    return (await this.client.mutate(ModerationRestoreCommentDocument, { id, reason })).restoreComment;
  }

  /** Hides (or restores) a category suggestion; answers its new hiddenAt. */
  async setSuggestionHidden(id: string, hidden: boolean, reason: string): Promise<string | null> {
    if (hidden)
      return (await this.client.mutate(ModerationHideSuggestionDocument, { id, reason })).hideSuggestion.hiddenAt;
    return (await this.client.mutate(ModerationRestoreSuggestionDocument, { id, reason })).restoreSuggestion.hiddenAt;
  }

  async moderateThread({ threadId: id, action, reason }: ThreadModeration): Promise<ModeratedThread> {
    switch (action) {
      case 'PIN':
        return (await this.client.mutate(ModerationPinThreadDocument, { id })).pinThread;
      case 'UNPIN':
        return (await this.client.mutate(ModerationUnpinThreadDocument, { id })).unpinThread;
      case 'LOCK':
        return (await this.client.mutate(ModerationLockThreadDocument, { id, reason: reason ?? '' })).lockThread;
      case 'UNLOCK':
        return (await this.client.mutate(ModerationUnlockThreadDocument, { id, reason: reason ?? '' })).unlockThread;
    }
  }

  /** Closes every open report of one comment or suggestion at once; answers how many were closed. */
  async closeReports(
    target: { commentId?: string; suggestionId?: string },
    outcome: 'RESOLVED' | 'DISMISSED',
  ): Promise<number> {
    return (await this.client.mutate(ModerationResolveItemReportsDocument, { ...target, outcome })).resolveItemReports;
  }

  /** `until` is an ISO timestamp. */
  async suspend(userId: string, until: string, reason: string): Promise<ModeratedUser> {
    return (await this.client.mutate(ModerationSuspendUserDocument, { userId, until, reason })).suspendUser;
  }

  async unsuspend(userId: string, reason: string | null): Promise<ModeratedUser> {
    return (await this.client.mutate(ModerationUnsuspendUserDocument, { userId, reason })).unsuspendUser;
  }

  /** A patron's report of a comment or a suggestion (CONFLICT: they already have an open one). */
  async report(input: ReportInput): Promise<FiledReport> {
    return (await this.client.mutate(ReportDocument, { input })).report;
  }
}
