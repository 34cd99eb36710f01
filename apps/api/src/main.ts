import 'reflect-metadata';
import { loadAppConfig } from '@lukuhaaste/api/config';
import { describeFatalError } from './server/describe-fatal-error';
import { startServer } from './server/start-server';

try {
  await startServer(loadAppConfig());
} catch (error) {
  console.error(describeFatalError(error));
  process.exit(1);
}
