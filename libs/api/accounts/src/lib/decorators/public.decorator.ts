import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'accounts:isPublic';

/** Lets anonymous visitors through the global auth guard. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
