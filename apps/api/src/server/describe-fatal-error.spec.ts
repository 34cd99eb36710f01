import { loadAppConfig } from '@lukuhaaste/api/config';
import { DataDirInUseError, EmbeddedPostgresUnavailableError } from '@lukuhaaste/api/database';
import { describeFatalError } from './describe-fatal-error';

describe(describeFatalError.name, () => {
  it('gives just the sentence when embedded PostgreSQL cannot run here', () => {
    const error = new EmbeddedPostgresUnavailableError('the postgres user cannot reach /var/lib/lukuhaaste', true);

    expect(describeFatalError(error)).toBe(error.message);
  });

  it('gives just the sentence when another server uses the data directory', () => {
    const error = new DataDirInUseError(4242, '/srv/lukuhaaste/.data/pg');

    expect(describeFatalError(error)).toBe(
      'Another Lukuhaaste server (pid 4242) is using /srv/lukuhaaste/.data/pg; stop it first or set EMBEDDED_PG_DIR/EMBEDDED_PG_PORT for a second one.',
    );
  });

  it('gives just the list of bad variables for a configuration error', () => {
    let error: unknown;
    try {
      loadAppConfig({ PORT: 'eighty' });
    } catch (thrown) {
      error = thrown;
    }

    expect(describeFatalError(error)).toMatch(/^Invalid configuration:\n {2}- PORT/);
  });

  it('keeps anything unexpected whole, stack included', () => {
    const bug = new TypeError('x is undefined');

    expect(describeFatalError(bug)).toBe(bug);
  });
});
