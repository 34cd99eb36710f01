import { inject, Injectable } from '@angular/core';
import { SessionStore } from '@lukuhaaste/web/data-access';
import {
  ChallengesApi,
  ReadingApi,
  type ChallengeDetails,
  type Participation,
} from '@lukuhaaste/web/data-access/reading';

/** A challenge with my participation in it (null when logged out or not joined). */
export interface ChallengeView {
  challenge: ChallengeDetails;
  participation: Participation | null;
  /** Whose view it is: the signed-in user's id, null for an anonymous visitor (as a server render is). */
  viewer: string | null;
}

/** Loads what the patron pages show about one challenge; rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class ChallengeViewLoader {
  private readonly challenges = inject(ChallengesApi);
  private readonly reading = inject(ReadingApi);
  private readonly session = inject(SessionStore);

  /** The challenge with this slug, or the current one when no slug is given (null if none is published). */
  async load(slug?: string): Promise<ChallengeView | null> {
    const [challenge] = await Promise.all([
      slug ? this.challenges.bySlug(slug) : this.challenges.current(),
      this.session.whenReady(),
    ]);
    if (!challenge) return null;
    const viewer = this.session.user()?.id ?? null;
    const participation = viewer ? await this.reading.myParticipation(challenge.id) : null;
    return { challenge, participation, viewer };
  }
}
