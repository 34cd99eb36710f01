import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface HostileFixture {
  xss: string[];
  sql_and_syntax: string[];
  unicode: string[];
  whitespace: string[];
  lengths: { long_title_chars: number; long_review_chars: number };
}

/** ../shared/fixtures/hostile-strings.json, flattened, plus the generated long strings. */
export function loadHostileStrings(): string[] {
  const path = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'fixtures', 'hostile-strings.json');
  const fixture = JSON.parse(readFileSync(path, 'utf8')) as HostileFixture;
  return [
    ...fixture.xss,
    ...fixture.sql_and_syntax,
    ...fixture.unicode,
    ...fixture.whitespace,
    'x'.repeat(fixture.lengths.long_title_chars),
    'y'.repeat(fixture.lengths.long_review_chars),
  ];
}
