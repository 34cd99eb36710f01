import { failedAudits, figuresOf, medianFigures, type LighthouseResult, type PageFigures } from './page-figures.ts';

/** A Lighthouse result with just the parts the figures are read from. */
function result({ performance = 0.72, lcp = 3500, bestPracticesScore = 1 } = {}): LighthouseResult {
  const audit = (id: string, fields: { score: number | null; numericValue?: number }) => ({
    id,
    title: `Title of ${id}`,
    description: '',
    scoreDisplayMode: 'numeric' as const,
    ...fields,
  });
  const category = (id: string, score: number, auditIds: string[]) => ({
    id,
    title: id,
    score,
    auditRefs: auditIds.map((auditId) => ({ id: auditId, weight: 1 })),
  });
  return {
    categories: {
      performance: category('performance', performance, ['largest-contentful-paint']),
      accessibility: category('accessibility', 1, ['color-contrast']),
      'best-practices': category('best-practices', bestPracticesScore, ['errors-in-console', 'inspector-issues']),
    },
    audits: {
      'largest-contentful-paint': audit('largest-contentful-paint', { score: 0.5, numericValue: lcp }),
      'total-blocking-time': audit('total-blocking-time', { score: 0.4, numericValue: 720.4 }),
      'cumulative-layout-shift': audit('cumulative-layout-shift', { score: 1, numericValue: 0.012 }),
      'color-contrast': audit('color-contrast', { score: 1 }),
      'errors-in-console': audit('errors-in-console', { score: bestPracticesScore }),
      'inspector-issues': audit('inspector-issues', { score: null }),
    },
  };
}

describe(figuresOf.name, () => {
  it('reads the scores as 0–100 and the timings in milliseconds', () => {
    expect(figuresOf(result())).toEqual({
      performance: 72,
      lcpMs: 3500,
      tbtMs: 720.4,
      cls: 0.012,
      accessibility: 100,
      bestPractices: 100,
    });
  });

  it('fails on a run Lighthouse could not finish', () => {
    const failed = { ...result(), runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } };
    expect(() => figuresOf(failed)).toThrow('NO_FCP');
  });

  it('fails when a category has no score', () => {
    const unscored = result();
    (unscored.categories['performance'] as { score: number | null }).score = null;
    expect(() => figuresOf(unscored)).toThrow('no performance score');
  });
});

describe(medianFigures.name, () => {
  it('takes each figure’s median on its own', () => {
    const runs: PageFigures[] = [
      { performance: 70, lcpMs: 3600, tbtMs: 100, cls: 0.1, accessibility: 100, bestPractices: 93 },
      { performance: 75, lcpMs: 3400, tbtMs: 900, cls: 0, accessibility: 100, bestPractices: 93 },
      { performance: 72, lcpMs: 3500, tbtMs: 700, cls: 0.02, accessibility: 98, bestPractices: 100 },
    ];
    expect(medianFigures(runs)).toEqual({
      performance: 72,
      lcpMs: 3500,
      tbtMs: 700,
      cls: 0.02,
      accessibility: 100,
      bestPractices: 93,
    });
  });
});

describe(failedAudits.name, () => {
  it('names the accessibility and best-practice audits that did not pass, not informative ones', () => {
    expect(failedAudits(result({ bestPracticesScore: 0 }))).toEqual(['Title of errors-in-console']);
    expect(failedAudits(result())).toEqual([]);
  });
});
