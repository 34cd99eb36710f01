/**
 * Discussion threads and comments, as their own entry point so their
 * documents load with the discussion pages instead of the shell.
 */
export {
  ThreadsApi,
  type Thread,
  type ThreadsPage,
  type ThreadsFilter,
  type ThreadChallenge,
  type ThreadEvent,
} from './lib/discussion/threads-api.service';
export {
  CommentsApi,
  type Comment,
  type Reply,
  type CommentsPage,
  type CommentsPageRequest,
} from './lib/discussion/comments-api.service';
export type { ReactionKind, ThreadEventKind, ThreadKind } from './generated/discussion';
