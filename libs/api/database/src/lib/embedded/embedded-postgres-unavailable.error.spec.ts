import { EmbeddedPostgresUnavailableError } from './embedded-postgres-unavailable.error';

describe(EmbeddedPostgresUnavailableError.name, () => {
  it('tells root, in one sentence, to run as a normal user or bring a server', () => {
    const error = new EmbeddedPostgresUnavailableError('the postgres user cannot reach /var/lib/lukuhaaste', true);

    expect(error.message).toBe(
      'Embedded PostgreSQL cannot start because the postgres user cannot reach /var/lib/lukuhaaste: ' +
        'run it as a normal (non-root) user, or set DATABASE_URL to a PostgreSQL server of your own.',
    );
  });

  it('does not tell a normal user to become one', () => {
    const error = new EmbeddedPostgresUnavailableError('/opt/pg/bin/initdb cannot be run (EACCES)', false);

    expect(error.message).not.toMatch(/non-root/);
    expect(error.message).toMatch(/set DATABASE_URL to a PostgreSQL server of your own\.$/);
  });
});
