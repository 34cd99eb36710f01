import type { SharedProgress } from '../queries/shared-progress.query';
import { escapeXml } from './escape-xml.util';
import { renderShareCardSvg, SHARE_CARD_HEIGHT, SHARE_CARD_WIDTH } from './render-share-card-svg.util';

const progress: SharedProgress = {
  displayName: 'Lukutoukka',
  challengeTitle: { fi: 'Helmet-lukuhaaste 2026', sv: 'Helmet-läsutmaningen 2026', en: null },
  challengeSlug: 'helmet-2026',
  year: 2026,
  filledCount: 12,
  categoryCount: 50,
  recentBooks: [{ title: 'Tuntematon sotilas', authors: ['Väinö Linna'] }],
  homeBranchName: { fi: 'Oodi', sv: 'Ode', en: 'Oodi' },
};

/** The contents of every <text> element, in order. */
function textsOf(svg: string): string[] {
  return Array.from(svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g), (match) => match[1] ?? '');
}

describe(renderShareCardSvg.name, () => {
  it('draws a 1200×630 card with progress, the challenge, books and branch in the wanted language', () => {
    const svg = renderShareCardSvg(progress, 'sv');
    expect(svg).toContain(`width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}"`);
    expect(textsOf(svg)).toEqual([
      'Lukuhaaste',
      'Helmet-läsutmaningen 2026',
      '12 / 50',
      'utmaningspunkter avklarade',
      'Senast läst',
      'Tuntematon sotilas — Väinö Linna',
      'Lukutoukka',
      'Hembibliotek: Ode',
    ]);
    expect(svg).toContain('<title>Lukutoukka har klarat 12/50 utmaningspunkter</title>');
  });

  it('falls back to Finnish for a missing translation and leaves out empty parts', () => {
    const svg = renderShareCardSvg({ ...progress, recentBooks: [], homeBranchName: null }, 'en');
    const texts = textsOf(svg);
    expect(texts).toContain('Helmet-lukuhaaste 2026');
    expect(texts).toContain('categories filled');
    expect(texts).not.toContain('Recently read');
    expect(texts.some((text) => text.startsWith('Home library'))).toBe(false);
  });

  it('fills the bar in proportion and never past its end', () => {
    const barOf = (filled: number) =>
      renderShareCardSvg({ ...progress, filledCount: filled }, 'fi').match(/<rect x="80"[^>]*width="(\d+)"/g)?.[1];
    expect(barOf(25)).toContain('width="520"');
    expect(barOf(80)).toContain('width="1040"');
  });

  it('keeps a hostile book title as text: no new elements, attributes or entities', () => {
    const hostile = `</text><script>alert(1)</script><image href="http://evil/x.png"/>&xxe; "' \u0000\u001b`;
    const svg = renderShareCardSvg(
      { ...progress, displayName: hostile, recentBooks: [{ title: hostile, authors: ['<b>'] }] },
      'fi',
    );
    for (const smuggled of ['<script', '<image', '&xxe;', '\u0000', '\u001b']) expect(svg).not.toContain(smuggled);
    expect(svg.match(/<text /g)).toHaveLength(textsOf(svg).length);
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
  });

  it('shortens long titles with an ellipsis', () => {
    const svg = renderShareCardSvg({ ...progress, recentBooks: [{ title: 'A'.repeat(200), authors: ['B'] }] }, 'fi');
    expect(textsOf(svg).find((text) => text.startsWith('AAA'))).toMatch(/^A{69}…$/);
  });
});

describe(escapeXml.name, () => {
  it('escapes markup characters and drops characters XML cannot hold', () => {
    expect(escapeXml(`a<b>&"'\u0007\uD800c 🙂`)).toBe('a&lt;b&gt;&amp;&quot;&apos;c 🙂');
  });
});
