// Jest loads globalSetup outside its module system (CommonJS, no path
// aliases), so this file imports the database lib by relative path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startTestPostgresServer } from '../../../libs/api/database/src/testing';

export default async function globalSetup(): Promise<void> {
  (globalThis as { testPostgres?: unknown }).testPostgres = await startTestPostgresServer();
}
