import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Public, type AppRequest } from '@lukuhaaste/api/accounts';
import { LOCALE_COOKIE, parseAcceptLanguage, resolveInitialLocale, type Locale } from '@lukuhaaste/shared/util-rules';
import type { FastifyReply } from 'fastify';
import { ChallengesException, ChallengesExceptionCode } from '../challenges.exception';
import { ShareCardService, type ShareCardFormat } from './share-card.service';

/** Short: a revoked card should leave caches quickly; the ETag makes revalidation cheap. */
const CACHE_CONTROL = 'public, max-age=60';
const SVG_CSP = "default-src 'none'; frame-ancestors 'none'";
const CONTENT_TYPES: Record<ShareCardFormat, string> = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png' };

/**
 * The public progress page's images (Open Graph wants the PNG). The page
 * itself, `/p/<slug>/<year>`, is the web app's; these routes only match the
 * `.svg` and `.png` suffixes. Language: `?lang=`, then the language cookie,
 * then Accept-Language, like the server-rendered pages.
 */
@Public()
@Controller('p')
export class ShareCardController {
  constructor(private readonly cards: ShareCardService) {}

  @Get(':slug/:year.svg')
  svg(
    @Param('slug') slug: string,
    @Param('year') year: string,
    @Req() request: AppRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.send('svg', slug, year, request, reply);
  }

  @Get(':slug/:year.png')
  png(
    @Param('slug') slug: string,
    @Param('year') year: string,
    @Req() request: AppRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.send('png', slug, year, request, reply);
  }

  private async send(
    format: ShareCardFormat,
    slug: string,
    year: string,
    request: AppRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    reply.header('vary', 'accept-language, cookie');
    try {
      const card = await this.cards.find(slug, /^\d{4}$/.test(year) ? Number(year) : NaN, localeOf(request), format);
      reply.header('cache-control', CACHE_CONTROL).header('etag', card.etag);
      if (request.headers['if-none-match'] === card.etag) return await reply.code(304).send();
      // Opened on its own, the SVG is a document: it may load and run nothing (defence in depth beside the escaping).
      if (format === 'svg') reply.header('content-security-policy', SVG_CSP);
      return await reply.type(CONTENT_TYPES[format]).send(await card.body());
    } catch (error) {
      const notShared =
        error instanceof ChallengesException && error.code === ChallengesExceptionCode.SHARED_PROGRESS_NOT_FOUND;
      if (!notShared) throw error;
      return await reply.code(404).header('cache-control', 'no-cache').send({ statusCode: 404, error: 'Not Found' });
    }
  }
}

function localeOf(request: AppRequest): Locale {
  const lang = (request.query as Record<string, unknown> | undefined)?.['lang'];
  return resolveInitialLocale({
    userLocale: typeof lang === 'string' ? lang : null,
    storedLocale: request.cookies[LOCALE_COOKIE] ?? null,
    browserLanguages: parseAcceptLanguage(request.headers['accept-language']),
  });
}
