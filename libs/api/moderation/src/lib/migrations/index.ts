import { CreateModeration1764100500000 } from './1764100500000-create-moderation';

export const MODERATION_MIGRATIONS = [CreateModeration1764100500000];
