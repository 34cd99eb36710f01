import { cliOptionsOrExit } from '@lukuhaaste/tools/util-process';
import { parseStackOptions, USAGE } from './lib/cli/stack-options.ts';
import { NGINX_SOURCE_ADDRESS, startStack } from './lib/start-stack.ts';

/** `npm run stack`: see USAGE. Prints the address once everything answers; SIGINT/SIGTERM stop it all. */
const log = (line: string) => console.log(`· ${line}`);

const options = cliOptionsOrExit(parseStackOptions, USAGE);

const starting = new AbortController();
let stop: (() => Promise<void>) | null = null;
const onSignal = (signal: NodeJS.Signals) => {
  if (!stop) return starting.abort(new Error(`${signal} while starting`));
  log(`${signal}: stopping`);
  const stopping = stop;
  stop = async () => undefined;
  void stopping().then(() => process.exit(0));
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

try {
  const stack = await startStack(options, log, starting.signal);
  stop = stack.stop;
  console.log(
    [
      '',
      `Lukuhaaste is running at ${stack.url}${stack.webApp ? '' : ' (API only: no web build in dist/apps/web)'}`,
      `  API instances  ${stack.apiUrls.join(', ')} (X-Forwarded-For trusted from ${NGINX_SOURCE_ADDRESS} only)`,
      `  PostgreSQL ${stack.postgresVersion}  ${stack.databaseUrl}`,
      `  Redis          ${stack.redisUrl}`,
      `  Files          ${stack.dir} (removed on exit)`,
      'Ctrl-C stops everything.',
    ].join('\n'),
  );
} catch (error) {
  console.error(`The stack did not start: ${(error as Error).message}`);
  process.exit(1);
}
