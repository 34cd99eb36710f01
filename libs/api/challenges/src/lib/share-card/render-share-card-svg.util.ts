import { pickLocalized, type Locale } from '@lukuhaaste/shared/util-rules';
import type { SharedProgress } from '../queries/shared-progress.query';
import { escapeXml } from './escape-xml.util';
import { SHARE_CARD_BRAND, SHARE_CARD_TEXTS } from './share-card-texts.constant';
import { truncateText } from './truncate-text.util';

/** Open Graph's recommended image size. */
export const SHARE_CARD_WIDTH = 1200;
export const SHARE_CARD_HEIGHT = 630;
/** The font shipped with the API (see share-card-font.ts); the rasteriser has no other. */
export const SHARE_CARD_FONT = 'Inter';

const COLORS = { background: '#0d3b66', accent: '#f4d35e', text: '#ffffff', muted: '#c9d6e3', track: '#1f5a8f' };
const BAR = { x: 80, y: 330, width: 1040, height: 28 };

/**
 * The share card as SVG, 1200×630. Every patron-written text (name, titles,
 * authors, branch) goes through escapeXml, so a hostile book title stays text.
 */
export function renderShareCardSvg(progress: SharedProgress, locale: Locale): string {
  const texts = SHARE_CARD_TEXTS[locale];
  const name = truncateText(progress.displayName, 40);
  const summary = texts.summary(name, progress.filledCount, progress.categoryCount);
  const ratio = progress.categoryCount > 0 ? Math.min(1, progress.filledCount / progress.categoryCount) : 0;
  const branch = progress.homeBranchName ? pickLocalized(progress.homeBranchName, locale) : null;
  const lines = [
    text(80, 96, 30, COLORS.accent, SHARE_CARD_BRAND, 700),
    text(80, 150, 40, COLORS.text, truncateText(pickLocalized(progress.challengeTitle, locale), 48), 700),
    text(80, 290, 96, COLORS.text, `${progress.filledCount} / ${progress.categoryCount}`, 700),
    text(1120, 290, 34, COLORS.muted, texts.filledLabel, 400, 'end'),
    `<rect x="${BAR.x}" y="${BAR.y}" width="${BAR.width}" height="${BAR.height}" rx="14" fill="${COLORS.track}"/>`,
    `<rect x="${BAR.x}" y="${BAR.y}" width="${Math.round(BAR.width * ratio)}" height="${BAR.height}" rx="14" fill="${COLORS.accent}"/>`,
    ...recentBookLines(progress, texts.recentBooks),
    text(80, 590, 28, COLORS.text, name, 700),
    ...(branch
      ? [text(1120, 590, 24, COLORS.muted, `${texts.homeBranch}: ${truncateText(branch, 40)}`, 400, 'end')]
      : []),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}" viewBox="0 0 ${SHARE_CARD_WIDTH} ${SHARE_CARD_HEIGHT}" role="img" font-family="${SHARE_CARD_FONT}, sans-serif">`,
    `<title>${escapeXml(summary)}</title>`,
    `<rect width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}" fill="${COLORS.background}"/>`,
    ...lines,
    '</svg>',
  ].join('\n');
}

function recentBookLines(progress: SharedProgress, heading: string): string[] {
  if (progress.recentBooks.length === 0) return [];
  return [
    text(80, 420, 24, COLORS.muted, heading),
    ...progress.recentBooks.map((book, index) =>
      text(80, 458 + index * 36, 28, COLORS.text, truncateText(`${book.title} — ${book.authors.join(', ')}`, 70)),
    ),
  ];
}

function text(
  x: number,
  y: number,
  size: number,
  fill: string,
  content: string,
  weight = 400,
  anchor: 'start' | 'end' = 'start',
): string {
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}
