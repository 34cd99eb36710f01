import { CreateAccounts1764028900000 } from './1764028900000-create-accounts';
import { RateLimitWindowsPerKey1764041200000 } from './1764041200000-rate-limit-windows-per-key';
import { AddUserSuspension1764100000000 } from './1764100000000-add-user-suspension';
import { CreateBranches1765300000000 } from './1765300000000-create-branches';
import { AccountDeletions1765300200000 } from './1765300200000-account-deletions';
import { AddUserLastLogin1765300300000 } from './1765300300000-add-user-last-login';

export const ACCOUNTS_MIGRATIONS = [
  CreateAccounts1764028900000,
  RateLimitWindowsPerKey1764041200000,
  AddUserSuspension1764100000000,
  CreateBranches1765300000000,
  AccountDeletions1765300200000,
  AddUserLastLogin1765300300000,
];
