import { Injectable } from '@nestjs/common';
import type { Locale } from '@lukuhaaste/shared/util-rules';
import { createHash } from 'node:crypto';
import { ProgressSharingService } from '../services/progress-sharing.service';
import { rasterizeShareCard } from './rasterize-share-card.util';
import { recentResults } from './recent-results.util';
import { renderShareCardSvg } from './render-share-card-svg.util';

/**
 * A PNG costs about 0.1 s of CPU, and link unfurlers and crawlers fetch one
 * card many times: keep recent ones by ETag (about 50 kB each, per instance).
 * The ETag covers everything drawn, so a changed card is a new key, and a
 * revoked one is refused before the lookup.
 */
const RECENT_PNGS = 64;

export type ShareCardFormat = 'svg' | 'png';

export interface ShareCard {
  /** Changes whenever anything drawn changes (progress, books, name, language). */
  etag: string;
  /** Draws the image; skipped when the client's copy is current. */
  body: () => Promise<string | Buffer>;
}

/** The share card images behind `/p/<slug>/<year>.svg|png`, drawn from the public page's data. */
@Injectable()
export class ShareCardService {
  private readonly recentPngs = recentResults<Buffer>(RECENT_PNGS);

  constructor(private readonly sharing: ProgressSharingService) {}

  /** Throws SHARED_PROGRESS_NOT_FOUND like the public page. */
  async find(slug: string, year: number, locale: Locale, format: ShareCardFormat): Promise<ShareCard> {
    const svg = renderShareCardSvg(await this.sharing.findShared(slug, year), locale);
    const etag = `"${createHash('sha256').update(format).update(svg).digest('base64url').slice(0, 27)}"`;
    return {
      etag,
      body: () => (format === 'svg' ? Promise.resolve(svg) : this.recentPngs(etag, () => rasterizeShareCard(svg))),
    };
  }
}
