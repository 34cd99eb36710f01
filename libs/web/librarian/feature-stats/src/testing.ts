import type { OnlineStatsFigures, PaperStatsFigures, StatsFigures } from '@lukuhaaste/web/data-access/librarian';

/** Figures of a small challenge, online and on paper; override what a spec is about. */
export function statsFigures(
  online: Partial<OnlineStatsFigures> = {},
  paper: Partial<PaperStatsFigures> = {},
): StatsFigures {
  return { online: onlineFigures(online), paper: paperFigures(paper) };
}

function onlineFigures(overrides: Partial<OnlineStatsFigures>): OnlineStatsFigures {
  return {
    participants: 12,
    activeParticipants: 7,
    entries: 30,
    completions: 2,
    completedCategoryCounts: [
      { completedCategories: 0, participants: 4 },
      { completedCategories: 1, participants: 6 },
      { completedCategories: 2, participants: 2 },
    ],
    categories: [
      { categoryId: 'c2', position: 2, entries: 9, title: { fi: 'Runokirja', sv: 'Diktbok', en: 'Poetry' } },
      { categoryId: 'c1', position: 1, entries: 5, title: { fi: 'Klassikko', sv: null, en: null } },
    ],
    formats: { print: 20, ebook: 6, audiobook: 4 },
    months: [
      { month: '2026-01', entries: 10, comments: 3 },
      { month: '2026-02', entries: 20, comments: 0 },
    ],
    topBooks: [{ bookId: 'k1', title: '=Sinuhe, egyptiläinen', authors: ['Mika Waltari'], entries: 3 }],
    topAuthors: [{ author: 'Mika Waltari', entries: 3 }],
    ...overrides,
  };
}

function paperFigures(overrides: Partial<PaperStatsFigures>): PaperStatsFigures {
  return {
    participants: 5,
    completions: 1,
    completedCategoryCounts: [
      { completedCategories: 0, participants: 1 },
      { completedCategories: 1, participants: 3 },
      { completedCategories: 2, participants: 1 },
    ],
    ...overrides,
  };
}
