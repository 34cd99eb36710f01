import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestFrom } from '../guards/request-from';

/** The logged-in user (null on public resolvers when anonymous). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestFrom(context).auth?.user ?? null,
);

/** The raw session token of this request, e.g. to keep it alive on password change. */
export const CurrentSessionToken = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestFrom(context).auth?.sessionToken ?? null,
);
