import { describeFatalError } from '../server/describe-fatal-error';

/** Runs a database command, reporting failure like `npm start` does: a sentence for what the user can fix. */
export async function runCli(command: () => Promise<void>): Promise<void> {
  try {
    await command();
  } catch (error) {
    console.error(describeFatalError(error));
    process.exitCode = 1;
  }
}
