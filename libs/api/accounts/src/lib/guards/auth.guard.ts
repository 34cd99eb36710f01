import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenException, UnauthenticatedException } from '@lukuhaaste/api/common';
import { ANONYMOUS_LIMIT, type AnonymousLimit } from '../decorators/limit-anonymous.decorator';
import { IS_PUBLIC } from '../decorators/public.decorator';
import { REQUIRED_ROLES } from '../decorators/roles.decorator';
import type { Role } from '../enums/role.enum';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { SessionService } from '../services/session.service';
import type { AppRequest } from '../request-context';
import { readSessionToken } from '../utils/read-session-token.util';
import { requestFrom } from './request-from';

/**
 * Global guard: identifies the user once per request, then denies anonymous
 * access unless @Public(), counts anonymous calls under @LimitAnonymous()
 * and checks @Roles(). Services check ownership.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestFrom(context);
    const user = await this.authenticate(request);
    const targets = [context.getHandler(), context.getClass()];
    const anonymousLimit = this.reflector.getAllAndOverride<AnonymousLimit | undefined>(ANONYMOUS_LIMIT, targets);
    if (anonymousLimit && !user) await this.rateLimits.take([{ ...anonymousLimit, clientIp: request.ip }]);
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!user) throw new UnauthenticatedException();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenException();
    return true;
  }

  private async authenticate(request: AppRequest) {
    if (!request.auth) {
      const token = readSessionToken(request);
      const user = token ? await this.sessions.findUser(token) : null;
      request.auth = { user, sessionToken: user ? token : null };
    }
    return request.auth.user;
  }
}
