import { Injectable } from '@nestjs/common';
import type { Locale } from '@lukuhaaste/shared/util-rules';
import { createHash } from 'node:crypto';
import { ProgressSharingService } from '../services/progress-sharing.service';
import { rasterizeShareCard } from './rasterize-share-card.util';
import { renderShareCardSvg } from './render-share-card-svg.util';

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
  constructor(private readonly sharing: ProgressSharingService) {}

  /** Throws SHARED_PROGRESS_NOT_FOUND like the public page. */
  async find(slug: string, year: number, locale: Locale, format: ShareCardFormat): Promise<ShareCard> {
    const svg = renderShareCardSvg(await this.sharing.findShared(slug, year), locale);
    const etag = `"${createHash('sha256').update(format).update(svg).digest('base64url').slice(0, 27)}"`;
    return { etag, body: async () => (format === 'svg' ? svg : await rasterizeShareCard(svg)) };
  }
}
