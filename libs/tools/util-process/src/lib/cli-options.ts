/**
 * A command's options from argv, or the process exits: with the parser's
 * message and code 2 when they are wrong, with `usage` and code 0 for --help.
 */
export function cliOptionsOrExit<T extends { help: boolean }>(parse: (args: string[]) => T, usage: string): T {
  let options: T;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  if (options.help) {
    console.log(usage);
    process.exit(0);
  }
  return options;
}
