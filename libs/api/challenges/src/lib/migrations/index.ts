import { CreateChallenges1764029100000 } from './1764029100000-create-challenges';
import { AddChallengeSuggestionsOpen1764100150000 } from './1764100150000-add-challenge-suggestions-open';
import { AddChallengeCounts1765200000000 } from './1765200000000-add-challenge-counts';
import { CreatePaperParticipations1765300400000 } from './1765300400000-create-paper-participations';
import { ProgressSharing1765500100000 } from './1765500100000-progress-sharing';
import { AddChallengeVersion1765500400000 } from './1765500400000-add-challenge-version';

export const CHALLENGES_MIGRATIONS = [
  CreateChallenges1764029100000,
  AddChallengeSuggestionsOpen1764100150000,
  AddChallengeCounts1765200000000,
  CreatePaperParticipations1765300400000,
  ProgressSharing1765500100000,
  AddChallengeVersion1765500400000,
];
