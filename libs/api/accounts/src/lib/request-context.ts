import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UserEntity } from './entities/user.entity';

/** What the auth guard attaches to each request. */
export interface AuthState {
  user: UserEntity | null;
  sessionToken: string | null;
}

export type AppRequest = FastifyRequest & { auth?: AuthState };

/** The GraphQL context built per request in the app's GraphQL module. */
export interface GraphqlContext {
  req: AppRequest;
  reply: FastifyReply;
}
