import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentSessionToken } from '../decorators/current-user.decorator';
import { Public } from '../decorators/public.decorator';
import { AuthPayload } from '../dtos/auth-payload.output';
import { LoginInput } from '../dtos/login.input';
import { RegisterInput } from '../dtos/register.input';
import type { GraphqlContext } from '../request-context';
import { AccountsService, type AuthResult } from '../services/accounts.service';
import { SessionCookie } from '../services/session-cookie.service';
import { SessionService } from '../services/session.service';
import { suggestDisplayName } from '../utils/suggest-display-name.util';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
    private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Query(() => String, { description: 'A fresh pseudonym to offer on the registration form.' })
  suggestedDisplayName(): string {
    return suggestDisplayName();
  }

  @Public()
  @Mutation(() => AuthPayload)
  async register(@Args('input') input: RegisterInput, @Context() context: GraphqlContext): Promise<AuthPayload> {
    return this.signedIn(await this.accounts.register(input, context.req.ip), context);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Context() context: GraphqlContext): Promise<AuthPayload> {
    return this.signedIn(await this.accounts.login(input, context.req.ip), context);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session; true even when there was none.' })
  async logout(@CurrentSessionToken() token: string | null, @Context() context: GraphqlContext): Promise<boolean> {
    if (token) await this.sessions.revoke(token);
    this.cookie.clear(context.reply);
    return true;
  }

  /** Sets the cookie and treats the rest of this request as the new user's, so they see their own email. */
  private signedIn(result: AuthResult, context: GraphqlContext): AuthPayload {
    this.cookie.set(context.reply, result);
    context.req.auth = { user: result.user, sessionToken: result.token };
    return { token: result.token, user: result.user };
  }
}
