/**
 * The librarian area's API, as its own entry point: the shell imports the
 * main entry for the session, and whatever it exports ends up in the
 * initial bundle (injectable classes are not tree-shaken).
 */
export {
  LibrarianChallengesApi,
  type ChallengeSummary,
  type EditorCategory,
  type EditorChallenge,
} from './lib/librarian/librarian-challenges.api';
export {
  LibrarianCatalogueApi,
  type CatalogueBook,
  type BookListPage,
  type FlaggedBook,
  type MergeOutcome,
} from './lib/librarian/librarian-catalogue.api';
export { LibrarianBranchesApi, type AdminBranch } from './lib/librarian/librarian-branches.api';
export { PaperParticipationApi, type PaperParticipation } from './lib/librarian/paper-participation.api';
export type {
  BookFlagReason,
  UpdateBookInput,
  CreateBranchInput,
  UpdateBranchInput,
  CategoryInput,
  ChallengeStatus,
  CreateChallengeInput,
  LocalizedTextInput,
  UpdateChallengeInput,
} from './generated/librarian';
export {
  LibrarianStatsApi,
  type StatsBranch,
  type StatsChallenge,
  type OnlineStatsFigures,
  type PaperStatsFigures,
  type StatsFigures,
} from './lib/librarian/librarian-stats.api';
