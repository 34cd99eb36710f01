import { jest } from '@jest/globals';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenException, UnauthenticatedException } from '@lukuhaaste/api/common';
import { ANONYMOUS_LIMIT } from '../decorators/limit-anonymous.decorator';
import { IS_PUBLIC } from '../decorators/public.decorator';
import { REQUIRED_ROLES } from '../decorators/roles.decorator';
import type { UserEntity } from '../entities/user.entity';
import { Role } from '../enums/role.enum';
import type { RateLimitService } from '../rate-limit/rate-limit.service';
import type { AppRequest } from '../request-context';
import type { SessionService } from '../services/session.service';
import { AuthGuard } from './auth.guard';

function httpContext(request: Partial<AppRequest>): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => httpContext,
    getClass: () => class Target {},
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

function guardWith(metadata: Record<string, unknown>, user: Partial<UserEntity> | null) {
  const reflector = { getAllAndOverride: (key: string) => metadata[key] } as unknown as Reflector;
  const findUser = jest.fn(async (_token: string) => user as UserEntity | null);
  const take = jest.fn(async (_keys: unknown[]) => ({ keys: [] }));
  const guard = new AuthGuard(
    reflector,
    { findUser } as unknown as SessionService,
    { take } as unknown as RateLimitService,
  );
  return { guard, findUser, take };
}

describe(AuthGuard.name, () => {
  it('lets anonymous visitors reach public handlers and records that nobody is logged in', async () => {
    const { guard, findUser } = guardWith({ [IS_PUBLIC]: true }, null);
    const request: Partial<AppRequest> = { headers: {} };
    await expect(guard.canActivate(httpContext(request))).resolves.toBe(true);
    expect(request.auth).toEqual({ user: null, sessionToken: null });
    expect(findUser).not.toHaveBeenCalled();
  });

  it('rejects anonymous visitors elsewhere', async () => {
    const { guard } = guardWith({}, null);
    await expect(guard.canActivate(httpContext({ headers: {} }))).rejects.toBeInstanceOf(UnauthenticatedException);
  });

  it('rejects a patron where a role is required and admits the right role', async () => {
    const patron = guardWith({ [REQUIRED_ROLES]: [Role.ADMIN] }, { id: 'u1', role: Role.PATRON });
    await expect(
      patron.guard.canActivate(httpContext({ headers: { authorization: 'Bearer t' } })),
    ).rejects.toBeInstanceOf(ForbiddenException);
    const admin = guardWith({ [REQUIRED_ROLES]: [Role.ADMIN] }, { id: 'u2', role: Role.ADMIN });
    await expect(admin.guard.canActivate(httpContext({ headers: { authorization: 'Bearer t' } }))).resolves.toBe(true);
  });

  it('looks the session up once per request, even when several guards run', async () => {
    const { guard, findUser } = guardWith({}, { id: 'u1', role: Role.PATRON });
    const request: Partial<AppRequest> = { headers: {}, cookies: { lh_session: 'cookie-token' } };
    await guard.canActivate(httpContext(request));
    await guard.canActivate(httpContext(request));
    expect(findUser).toHaveBeenCalledTimes(1);
    expect(findUser).toHaveBeenCalledWith('cookie-token');
    expect(request.auth?.sessionToken).toBe('cookie-token');
  });

  it('counts anonymous calls to a @LimitAnonymous handler per client address, and nobody else', async () => {
    const limit = { scope: 'books:search:ip', rule: { limit: 5, windowSeconds: 60 } };
    const anonymous = guardWith({ [IS_PUBLIC]: true, [ANONYMOUS_LIMIT]: limit }, null);
    await anonymous.guard.canActivate(httpContext({ headers: {}, ip: '192.0.2.1' }));
    expect(anonymous.take).toHaveBeenCalledWith([{ ...limit, clientIp: '192.0.2.1' }]);

    const patron = guardWith({ [IS_PUBLIC]: true, [ANONYMOUS_LIMIT]: limit }, { id: 'u1', role: Role.PATRON });
    await patron.guard.canActivate(httpContext({ headers: { authorization: 'Bearer t' }, ip: '192.0.2.1' }));
    expect(patron.take).not.toHaveBeenCalled();
  });
});
