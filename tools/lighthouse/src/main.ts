// `npm run lighthouse`: issue #9's Lighthouse figures for the public pages of a fresh production build.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSnapshot } from './lib/built-app.ts';
import { figureTable } from './lib/figure-table.util.ts';
import { failedAudits, figuresOf, medianFigures, type PageFigures } from './lib/page-figures.ts';
import { openAuditor } from './lib/page-audit.ts';
import { machineLoad, PG_PORT, PORT, RUNS } from './lib/run-settings.ts';
import { publicPages, startWebApp } from './lib/web-app-server.ts';

const OUTPUT_DIR = resolve('tmp/lighthouse');

const runDir = join(OUTPUT_DIR, 'app');
try {
  console.log('Building the API and the web app for production…');
  buildSnapshot(runDir);
  const server = await startWebApp(runDir, { port: PORT, pgPort: PG_PORT });
  const auditor = await openAuditor().catch(async (error) => {
    await server.stop();
    throw error;
  });
  try {
    const pages = await publicPages(server.baseUrl);
    console.log(`Lighthouse, mobile preset, ${RUNS} runs per page; load at start ${machineLoad()}`);
    const runs = new Map<string, PageFigures[]>(pages.map((page) => [page.name, []]));
    const failures = new Map<string, Set<string>>(pages.map((page) => [page.name, new Set()]));
    // Rounds over all pages rather than one page at a time, so a busy minute on the machine hits every page alike.
    for (let round = 1; round <= RUNS; round++) {
      for (const page of pages) {
        const { result, reportHtml } = await auditor.audit(page.url);
        writeFileSync(join(OUTPUT_DIR, `${page.name}-${round}.html`), reportHtml);
        runs.get(page.name)?.push(figuresOf(result));
        failedAudits(result).forEach((title) => failures.get(page.name)?.add(title));
        console.log(`  ${page.name} run ${round} done`);
      }
    }
    console.log(`\nMedian of ${RUNS} runs (load at end ${machineLoad()}); reports in ${OUTPUT_DIR}\n`);
    console.log(figureTable(pages.map(({ name }) => ({ name, figures: medianFigures(runs.get(name) ?? []) }))));
    for (const [name, titles] of failures) {
      if (titles.size > 0)
        console.log(`\n${name}, audits not passed:\n${[...titles].map((t) => `  - ${t}`).join('\n')}`);
    }
  } finally {
    await auditor.close();
    await server.stop();
  }
} catch (error) {
  console.error(
    `\nnpm run lighthouse stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
}
