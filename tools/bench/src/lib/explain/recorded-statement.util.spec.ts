import { distinctReads, isReadOnly } from './recorded-statement.util.ts';

describe(isReadOnly.name, () => {
  it('takes plain reads and read-only WITH', () => {
    expect(isReadOnly('  SELECT * FROM books WHERE id = $1')).toBe(true);
    expect(isReadOnly('WITH r AS (SELECT 1) SELECT * FROM r')).toBe(true);
  });

  it('leaves writes, locking reads and transaction control alone', () => {
    expect(isReadOnly('INSERT INTO sessions (token_hash) VALUES ($1)')).toBe(false);
    expect(isReadOnly('WITH d AS (DELETE FROM x RETURNING *) SELECT * FROM d')).toBe(false);
    expect(isReadOnly('SELECT * FROM participations WHERE id = $1 FOR UPDATE')).toBe(false);
    expect(isReadOnly('START TRANSACTION')).toBe(false);
  });
});

describe(distinctReads.name, () => {
  it('keeps each read once, with the parameters it was first sent with', () => {
    const lines = [
      { text: 'SELECT 1 WHERE $1', values: [true] },
      { text: 'UPDATE x SET y = 1', values: [] },
      { text: 'SELECT 1 WHERE $1', values: [false] },
      { text: 'SELECT 2', values: [] },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    expect(distinctReads(`${lines}\n`)).toEqual([
      { text: 'SELECT 1 WHERE $1', values: [true] },
      { text: 'SELECT 2', values: [] },
    ]);
  });
});
