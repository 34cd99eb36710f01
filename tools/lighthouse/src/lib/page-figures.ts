import type { Result } from 'lighthouse';
import { median } from './median.util.ts';

/** What issue #9 tracks for one page: category scores 0–100, timings in milliseconds. */
export interface PageFigures {
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  accessibility: number;
  bestPractices: number;
}

/** The parts of a Lighthouse result the figures come from. */
export type LighthouseResult = Pick<Result, 'categories' | 'audits' | 'runtimeError'>;

/** Reads the figures from one Lighthouse run; throws when the run failed or left a figure out. */
export function figuresOf(result: LighthouseResult): PageFigures {
  if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.code}: ${result.runtimeError.message}`);
  const score = (category: string) => {
    const value = result.categories[category]?.score;
    if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${category} score`);
    return Math.round(value * 100);
  };
  const measured = (audit: string) => {
    const value = result.audits[audit]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse gave no value for ${audit}`);
    return value;
  };
  return {
    performance: score('performance'),
    lcpMs: measured('largest-contentful-paint'),
    tbtMs: measured('total-blocking-time'),
    cls: measured('cumulative-layout-shift'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
  };
}

/** Each figure's own median over the runs (so one slow run cannot pull a page's figures). */
export function medianFigures(runs: readonly PageFigures[]): PageFigures {
  const of = (key: keyof PageFigures) => median(runs.map((run) => run[key]));
  return {
    performance: of('performance'),
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
  };
}

/**
 * Titles of the accessibility and best-practice audits that did not pass, so
 * a score below 100 comes with what to fix. Informative audits carry no score.
 */
export function failedAudits(result: LighthouseResult): string[] {
  const ids = ['accessibility', 'best-practices'].flatMap(
    (category) => result.categories[category]?.auditRefs.map((ref) => ref.id) ?? [],
  );
  return ids
    .map((id) => result.audits[id])
    .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
    .map((audit) => audit?.title ?? '');
}
