import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lukuhaaste/api/config';
import type {} from '@fastify/cookie'; // adds setCookie/clearCookie to FastifyReply
import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../constants/session-cookie.constant';
import type { IssuedSession } from './session.service';

/** Writes the web app's session cookie: httpOnly, SameSite=Lax, Secure when configured. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(reply: FastifyReply, session: IssuedSession): void {
    reply.setCookie(SESSION_COOKIE, session.token, { ...this.attributes(), expires: session.expiresAt });
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, this.attributes());
  }

  private attributes() {
    return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: this.config.COOKIE_SECURE };
  }
}
