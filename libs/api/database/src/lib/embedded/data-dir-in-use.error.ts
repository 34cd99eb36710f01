/**
 * A live server already runs PostgreSQL on this data directory. One sentence
 * for the person who typed `npm start`, so callers print it without a stack
 * trace.
 */
export class DataDirInUseError extends Error {
  constructor(serverPid: number, dataDir: string) {
    super(
      `Another Lukuhaaste server (pid ${serverPid}) is using ${dataDir}; ` +
        'stop it first or set EMBEDDED_PG_DIR/EMBEDDED_PG_PORT for a second one.',
    );
    this.name = 'DataDirInUseError';
  }
}
