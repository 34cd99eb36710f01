// `npm run lighthouse:compare -- <baseline> <candidate>`: the Lighthouse figures of two builds measured side by side.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { figureTable } from './lib/figure-table.util.ts';
import { openAuditor } from './lib/page-audit.ts';
import { figuresOf, medianFigures, type PageFigures } from './lib/page-figures.ts';
import { machineLoad, PG_PORT, PORT, RUNS } from './lib/run-settings.ts';
import { publicPages, startWebApp } from './lib/web-app-server.ts';

const OUTPUT_DIR = resolve('tmp/lighthouse/compare');

const [baseline, candidate] = process.argv.slice(2).map((dir) => resolve(dir));
if (!baseline || !candidate) {
  console.error(
    'Usage: npm run lighthouse:compare -- <baseline-dir> <candidate-dir>\n' +
      'Each directory holds a production build as dist/apps/{api,web}, inside the workspace so its packages resolve (e.g. a copy of tmp/lighthouse/app from an earlier npm run lighthouse).',
  );
  process.exit(2);
}
const builds = { baseline, candidate };

mkdirSync(OUTPUT_DIR, { recursive: true });
const auditor = await openAuditor();
const runs = new Map<string, PageFigures[]>();
try {
  console.log(`Lighthouse, mobile preset, ${RUNS} rounds; load at start ${machineLoad()}`);
  // A busy machine slows every figure, so the two builds take turns within each round, first one then the other.
  for (let round = 1; round <= RUNS; round++) {
    const order = round % 2 === 1 ? (['baseline', 'candidate'] as const) : (['candidate', 'baseline'] as const);
    for (const build of order) {
      const server = await startWebApp(builds[build], { port: PORT, pgPort: PG_PORT });
      try {
        for (const page of await publicPages(server.baseUrl)) {
          const { result, reportHtml } = await auditor.audit(page.url);
          writeFileSync(join(OUTPUT_DIR, `${build}-${page.name}-${round}.html`), reportHtml);
          const name = `${page.name} ${build}`;
          runs.set(name, [...(runs.get(name) ?? []), figuresOf(result)]);
        }
      } finally {
        await server.stop();
      }
      console.log(`  round ${round}: ${build} done`);
    }
  }
} finally {
  await auditor.close();
}
console.log(`\nMedian of ${RUNS} runs (load at end ${machineLoad()}); reports in ${OUTPUT_DIR}\n`);
// Each page's two builds on adjacent rows.
const rows = [...runs].sort(([a], [b]) => pageOrder(a) - pageOrder(b));
console.log(figureTable(rows.map(([name, figures]) => ({ name, figures: medianFigures(figures) }))));

function pageOrder(name: string): number {
  return ['home', 'challenge', 'category'].indexOf(name.split(' ')[0] ?? '');
}
