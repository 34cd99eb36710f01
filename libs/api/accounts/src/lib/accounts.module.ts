import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BranchEntity } from './entities/branch.entity';
import { RateLimitCounterEntity } from './entities/rate-limit-counter.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { AuthGuard } from './guards/auth.guard';
import { RateLimitService } from './rate-limit/rate-limit.service';
import { AuthResolver } from './resolvers/auth.resolver';
import { BranchesResolver } from './resolvers/branches.resolver';
import { ProfileResolver } from './resolvers/profile.resolver';
import { UserAdminResolver } from './resolvers/user-admin.resolver';
import { UserEmailResolver } from './resolvers/user-email.resolver';
import { UserHomeBranchResolver } from './resolvers/user-home-branch.resolver';
import { UserSuspensionResolver } from './resolvers/user-suspension.resolver';
import { AccountsService } from './services/accounts.service';
import { BranchesService } from './services/branches.service';
import { PasswordHasher } from './services/password-hasher.service';
import { SessionCookie } from './services/session-cookie.service';
import { SessionService } from './services/session.service';

export const ACCOUNTS_ENTITIES = [UserEntity, SessionEntity, RateLimitCounterEntity, BranchEntity];
export const ACCOUNTS_RESOLVERS = [
  AuthResolver,
  ProfileResolver,
  UserAdminResolver,
  UserEmailResolver,
  UserSuspensionResolver,
  BranchesResolver,
  UserHomeBranchResolver,
];

@Module({
  imports: [TypeOrmModule.forFeature(ACCOUNTS_ENTITIES)],
  providers: [
    AccountsService,
    BranchesService,
    PasswordHasher,
    SessionService,
    SessionCookie,
    RateLimitService,
    ...ACCOUNTS_RESOLVERS,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountsService, PasswordHasher, RateLimitService],
})
export class AccountsModule {}
