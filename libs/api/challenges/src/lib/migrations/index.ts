import { CreateChallenges1764029100000 } from './1764029100000-create-challenges';

export const CHALLENGES_MIGRATIONS = [CreateChallenges1764029100000];
