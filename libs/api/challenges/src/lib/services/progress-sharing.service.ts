import { Injectable } from '@nestjs/common';
import { assertValid, checkUuid } from '@lukuhaaste/api/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ChallengesException, ChallengesExceptionCode } from '../challenges.exception';
import { findSharedProgress, type SharedProgress } from '../queries/shared-progress.query';
import { newShareSlug, SHARE_SLUG_PATTERN } from '../utils/new-share-slug.util';
import { sharedProgressPath } from '../utils/shared-progress-path.util';

/** A patron's sharing choice for one challenge; `path` only while shared. */
export interface ProgressSharingState {
  challengeId: string;
  enabled: boolean;
  path: string | null;
}

interface LockedParticipation {
  id: string;
  sharesProgress: boolean;
  year: number;
}

/**
 * Opt-in public progress pages (issue #10). Off by default, per challenge.
 * The public slug belongs to the patron and lives while at least one of
 * their participations shares: revoking the last one deletes it, so every
 * old link dies, and enabling again draws a fresh one.
 */
@Injectable()
export class ProgressSharingService {
  constructor(private readonly dataSource: DataSource) {}

  /** Null when the patron has not joined the challenge. */
  async findState(userId: string, challengeId: string): Promise<ProgressSharingState | null> {
    assertValid([checkUuid('challengeId', challengeId)]);
    const manager = this.dataSource.manager;
    const participation = await this.findParticipation(manager, userId, challengeId, false);
    return participation && (await this.stateOf(manager, userId, challengeId, participation));
  }

  /** Every challenge the patron has joined, newest year first (the Profile page lists them). */
  async findStates(userId: string): Promise<ProgressSharingState[]> {
    const rows: Array<{ challengeId: string; sharesProgress: boolean; year: number; slug: string | null }> =
      await this.dataSource.manager.query(
        `SELECT p.challenge_id AS "challengeId", p.shares_progress AS "sharesProgress", c.year, s.slug
           FROM participations AS p
           JOIN challenges AS c ON c.id = p.challenge_id
           LEFT JOIN progress_share_slugs AS s ON s.user_id = p.user_id
          WHERE p.user_id = $1
          ORDER BY c.year DESC, c.id`,
        [userId],
      );
    return rows.map(({ challengeId, sharesProgress, year, slug }) => ({
      challengeId,
      enabled: sharesProgress,
      path: sharesProgress && slug ? sharedProgressPath(slug, year) : null,
    }));
  }

  async setSharing(userId: string, challengeId: string, enabled: boolean): Promise<ProgressSharingState> {
    assertValid([checkUuid('challengeId', challengeId)]);
    return await this.dataSource.transaction(async (manager) => {
      // The user's row lock serializes this patron's toggles (and an account deletion) around the slug.
      await manager.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      const participation = await this.findParticipation(manager, userId, challengeId, true);
      if (!participation) throw new ChallengesException(ChallengesExceptionCode.PARTICIPATION_NOT_FOUND);
      await manager.query(`UPDATE participations SET shares_progress = $2 WHERE id = $1`, [participation.id, enabled]);
      if (enabled) {
        await manager.query(
          `INSERT INTO progress_share_slugs (user_id, slug) VALUES ($1, $2) ON CONFLICT (user_id) DO NOTHING`,
          [userId, newShareSlug()],
        );
      } else {
        await deleteUnusedSlug(manager, userId);
      }
      return await this.stateOf(manager, userId, challengeId, { ...participation, sharesProgress: enabled });
    });
  }

  /** What `/p/<slug>/<year>` shows; NOT_FOUND alike for malformed, unknown, revoked and deleted. */
  async findShared(slug: string, year: number): Promise<SharedProgress> {
    const shared =
      SHARE_SLUG_PATTERN.test(slug) && Number.isInteger(year) && year >= 1 && year <= 9999
        ? await findSharedProgress(this.dataSource.manager, slug, year)
        : null;
    if (!shared) throw new ChallengesException(ChallengesExceptionCode.SHARED_PROGRESS_NOT_FOUND);
    return shared;
  }

  private async findParticipation(
    manager: EntityManager,
    userId: string,
    challengeId: string,
    lock: boolean,
  ): Promise<LockedParticipation | null> {
    const rows: LockedParticipation[] = await manager.query(
      `SELECT p.id, p.shares_progress AS "sharesProgress", c.year
         FROM participations AS p JOIN challenges AS c ON c.id = p.challenge_id
        WHERE p.user_id = $1 AND p.challenge_id = $2 ${lock ? 'FOR UPDATE OF p' : ''}`,
      [userId, challengeId],
    );
    return rows[0] ?? null;
  }

  private async stateOf(
    manager: EntityManager,
    userId: string,
    challengeId: string,
    participation: LockedParticipation,
  ): Promise<ProgressSharingState> {
    if (!participation.sharesProgress) return { challengeId, enabled: false, path: null };
    const [row]: Array<{ slug: string }> = await manager.query(
      `SELECT slug FROM progress_share_slugs WHERE user_id = $1`,
      [userId],
    );
    return { challengeId, enabled: true, path: row ? sharedProgressPath(row.slug, participation.year) : null };
  }
}

/** Drops the patron's slug once none of their participations shares any more. */
export async function deleteUnusedSlug(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(
    `DELETE FROM progress_share_slugs
      WHERE user_id = $1 AND NOT EXISTS (SELECT 1 FROM participations WHERE user_id = $1 AND shares_progress)`,
    [userId],
  );
}
