import { DomainException } from '@lukuhaaste/api/common';
import type { FieldErrorCode } from '@lukuhaaste/shared/util-rules';

const MESSAGES: Partial<Record<FieldErrorCode, string>> = {
  NOT_CSV: 'The file is not a CSV text file.',
  MALFORMED_CSV: 'The CSV file is malformed (an unclosed quote or text after a closing quote).',
  MISSING_COLUMNS: "The file lacks columns of Goodreads' library export.",
  TOO_MANY_ROWS: 'The file has too many rows to import at once.',
  FILE_TOO_LARGE: 'The file is too large to import.',
};

/**
 * The import file as a whole cannot be read: BAD_USER_INPUT on field `csv`
 * with a specific code (and `missingColumns` in extensions when columns lack).
 */
export class ImportFileException extends DomainException<'INVALID_INPUT'> {
  readonly graphqlCode = 'BAD_USER_INPUT' as const;

  constructor(
    code: 'NOT_CSV' | 'MALFORMED_CSV' | 'MISSING_COLUMNS' | 'TOO_MANY_ROWS' | 'FILE_TOO_LARGE',
    params?: Record<string, number>,
    extra: Record<string, unknown> = {},
  ) {
    super('INVALID_INPUT', MESSAGES[code] ?? code, [{ field: 'csv', code, ...(params ? { params } : {}) }], extra);
  }
}
