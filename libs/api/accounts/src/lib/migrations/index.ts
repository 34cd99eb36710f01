import { CreateAccounts1764028900000 } from './1764028900000-create-accounts';

export const ACCOUNTS_MIGRATIONS = [CreateAccounts1764028900000];
