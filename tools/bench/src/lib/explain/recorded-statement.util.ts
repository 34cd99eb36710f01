/** One statement the API sent, as the query recorder wrote it. */
export interface RecordedStatement {
  text: string;
  values: unknown[];
}

/** Statements EXPLAIN ANALYZE may run again safely: reads only (SELECT, or WITH … SELECT without a write). */
export function isReadOnly(text: string): boolean {
  const sql = text.trim();
  return (
    /^(select|with)\b/i.test(sql) && !/\b(insert|update|delete)\b/i.test(sql) && !/\bfor\s+(update|share)\b/i.test(sql)
  );
}

/** JSON lines from the recorder to statements: reads only, each distinct text once (its first parameters). */
export function distinctReads(jsonLines: string): RecordedStatement[] {
  const seen = new Map<string, RecordedStatement>();
  for (const line of jsonLines.split('\n')) {
    if (!line.trim()) continue;
    const statement = JSON.parse(line) as RecordedStatement;
    if (isReadOnly(statement.text) && !seen.has(statement.text)) seen.set(statement.text, statement);
  }
  return [...seen.values()];
}
