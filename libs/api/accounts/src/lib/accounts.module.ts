import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountDeletionEntity } from './entities/account-deletion.entity';
import { BranchEntity } from './entities/branch.entity';
import { RateLimitCounterEntity } from './entities/rate-limit-counter.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { AuthGuard } from './guards/auth.guard';
import { PersonalDataRegistry } from './personal-data/personal-data-holder';
import { RateLimitService } from './rate-limit/rate-limit.service';
import { AuthResolver } from './resolvers/auth.resolver';
import { BranchesResolver } from './resolvers/branches.resolver';
import { MyDataResolver } from './resolvers/my-data.resolver';
import { ProfileResolver } from './resolvers/profile.resolver';
import { UserAdminResolver } from './resolvers/user-admin.resolver';
import { UserEmailResolver } from './resolvers/user-email.resolver';
import { UserHomeBranchResolver } from './resolvers/user-home-branch.resolver';
import { UserSuspensionResolver } from './resolvers/user-suspension.resolver';
import { AccountDeletionService } from './services/account-deletion.service';
import { AccountsService } from './services/accounts.service';
import { BranchesService } from './services/branches.service';
import { MyDataExportService } from './services/my-data-export.service';
import { PasswordHasher } from './services/password-hasher.service';
import { SessionCookie } from './services/session-cookie.service';
import { SessionService } from './services/session.service';

export const ACCOUNTS_ENTITIES = [
  UserEntity,
  SessionEntity,
  RateLimitCounterEntity,
  BranchEntity,
  AccountDeletionEntity,
];
export const ACCOUNTS_RESOLVERS = [
  AuthResolver,
  ProfileResolver,
  UserAdminResolver,
  UserEmailResolver,
  UserSuspensionResolver,
  BranchesResolver,
  UserHomeBranchResolver,
  MyDataResolver,
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
    PersonalDataRegistry,
    MyDataExportService,
    AccountDeletionService,
    ...ACCOUNTS_RESOLVERS,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountsService, PasswordHasher, RateLimitService, PersonalDataRegistry],
})
export class AccountsModule {}
