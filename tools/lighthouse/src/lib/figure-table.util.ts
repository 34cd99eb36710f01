import type { PageFigures } from './page-figures.ts';

interface Column {
  heading: string;
  goal: string;
  /** The figure as printed, marked when it misses issue #9's goal. */
  show(figures: PageFigures): string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mark = (text: string, meetsGoal: boolean) => (meetsGoal ? text : `${text} ✗`);

/** Issue #9's goals for the home, challenge and category pages. */
const COLUMNS: Column[] = [
  { heading: 'performance', goal: '≥ 95', show: (f) => mark(String(f.performance), f.performance >= 95) },
  { heading: 'LCP', goal: '≤ 2.5 s', show: (f) => mark(seconds(f.lcpMs), f.lcpMs <= 2500) },
  { heading: 'TBT', goal: '≤ 200 ms', show: (f) => mark(`${Math.round(f.tbtMs)} ms`, f.tbtMs <= 200) },
  { heading: 'CLS', goal: '≤ 0.05', show: (f) => mark(f.cls.toFixed(3), f.cls <= 0.05) },
  { heading: 'accessibility', goal: '100', show: (f) => mark(String(f.accessibility), f.accessibility >= 100) },
  { heading: 'best practices', goal: '100', show: (f) => mark(String(f.bestPractices), f.bestPractices >= 100) },
];

/** A plain-text table: one row per page, the goals under the headings, misses marked ✗. */
export function figureTable(pages: ReadonlyArray<{ name: string; figures: PageFigures }>): string {
  const rows = [
    ['page', ...COLUMNS.map((column) => column.heading)],
    ['goal', ...COLUMNS.map((column) => column.goal)],
    ...pages.map(({ name, figures }) => [name, ...COLUMNS.map((column) => column.show(figures))]),
  ];
  const widths = rows[0]?.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, index) => cell.padEnd(widths[index] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
