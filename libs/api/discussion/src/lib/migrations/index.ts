import { CreateDiscussion1764100100000 } from './1764100100000-create-discussion';

export const DISCUSSION_MIGRATIONS = [CreateDiscussion1764100100000];
