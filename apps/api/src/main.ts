import 'reflect-metadata';
import { InvalidConfigError, loadAppConfig } from '@lukuhaaste/api/config';
import { startServer } from './server/start-server';

try {
  await startServer(loadAppConfig());
} catch (error) {
  // Config problems are the user's to fix: say which variable, without a stack trace.
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
}
