// Adds up the JSON results Jest and Playwright wrote to tmp/test-results and
// prints one closing line, so CI shows how many tests ran across all runners.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'tmp/test-results';
if (!existsSync(dir)) {
  console.log('tests: no results found in tmp/test-results');
  process.exit(1);
}
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const result = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (result.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky counts as passed.
    passed += result.stats.expected + result.stats.flaky;
    failed += result.stats.unexpected;
    skipped += result.stats.skipped;
  } else {
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    skipped += result.numPendingTests + result.numTodoTests;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
