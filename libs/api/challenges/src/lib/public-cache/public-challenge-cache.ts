import { Injectable } from '@nestjs/common';
import type { FormattedExecutionResult } from 'graphql';
import { setRecent } from '@lukuhaaste/api/common';
import { ChallengeStatus } from '../enums/challenge-status.enum';

/** What the challenge resolver read, with the version from the same statement. */
export interface ChallengeRead {
  version: string;
  status: ChallengeStatus;
}

interface CachedAnswer {
  version: string;
  result: FormattedExecutionResult;
}

/** Answers kept at most; one per challenge and document is the usual case. */
const MAX_ANSWERS = 100;

/**
 * Whole answers to `challenge(slug: …)` queries of published and archived
 * challenges, kept in this process with the challenge version they were read
 * at. An answer is reused only while the challenge's version (changed by
 * triggers with any change of the challenge or its categories) is still that
 * one, so it is never stale, on any instance. Drafts are never kept: who may
 * see them depends on the viewer.
 */
@Injectable()
export class PublicChallengeCache {
  private readonly answers = new Map<string, CachedAnswer>();
  private readonly reads = new WeakMap<object, ChallengeRead>();

  /** Called by the resolver: what this request (keyed by its request object) read. */
  noteRead(request: object, read: ChallengeRead): void {
    this.reads.set(request, read);
  }

  /** The answer kept for `key` if it was read at `version`. */
  answer(key: string, version: string): FormattedExecutionResult | null {
    const cached = this.answers.get(key);
    if (cached?.version !== version) return null;
    setRecent(this.answers, key, cached, MAX_ANSWERS);
    return cached.result;
  }

  /** The version of the answer kept for `key`, if any. */
  versionOf(key: string): string | null {
    return this.answers.get(key)?.version ?? null;
  }

  /** Keeps `result` under `key` when the request read a challenge everyone may see and answered without errors. */
  keep(key: string, request: object, result: FormattedExecutionResult): void {
    const read = this.reads.get(request);
    if (!read || read.status === ChallengeStatus.DRAFT || result.errors || !result.data) return;
    setRecent(this.answers, key, { version: read.version, result }, MAX_ANSWERS);
  }
}
