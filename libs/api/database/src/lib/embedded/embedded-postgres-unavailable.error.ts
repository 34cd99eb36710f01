/**
 * Embedded PostgreSQL cannot run on this machine as things stand. The message
 * is one sentence for the person who typed `npm start`, so callers print it
 * without a stack trace.
 */
export class EmbeddedPostgresUnavailableError extends Error {
  constructor(reason: string, asRoot: boolean) {
    const advice = asRoot
      ? 'run it as a normal (non-root) user, or set DATABASE_URL to a PostgreSQL server of your own'
      : 'fix that, or set DATABASE_URL to a PostgreSQL server of your own';
    super(`Embedded PostgreSQL cannot start because ${reason}: ${advice}.`);
    this.name = 'EmbeddedPostgresUnavailableError';
  }
}
