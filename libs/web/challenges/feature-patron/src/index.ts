export { HOME_ROUTES, CHALLENGE_ROUTES, MY_READING_ROUTES, SHARED_PROGRESS_ROUTES } from './lib/challenges.routes';
export { BRANCH_LEADERBOARD_ROUTES } from './lib/branch-leaderboard/branch-leaderboard.routes';
