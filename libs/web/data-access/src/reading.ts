/**
 * The reading challenge's API: a separate entry point so its documents stay in
 * the lazily loaded challenge chunks instead of the shell's initial bundle.
 */
export {
  ChallengesApi,
  type ChallengeDetails,
  type ChallengeCategory,
  type CategoryReadsPage,
  type CategoryRead,
} from './lib/challenges/challenges-api.service';
export { BranchesApi, type Branch, type BranchStanding } from './lib/challenges/branches-api.service';
export {
  ReadingApi,
  type Book,
  type Participation,
  type ReadingEntry,
  type SavedReadingEntry,
  type Progress,
} from './lib/reading/reading-api.service';
export {
  ProgressSharingApi,
  type ProgressSharing,
  type ChallengeSharing,
  type SharedProgress,
} from './lib/reading/progress-sharing-api.service';
export { ImportApi, type ImportReport, type ImportSkipReason } from './lib/reading/import-api.service';
export { MyDataApi, type MyDataExport } from './lib/my-data/my-data-api.service';
export type {
  BookFlagReason,
  BookFormat,
  LogReadingInput,
  NewBookInput,
  UpdateReadingInput,
} from './generated/reading';
