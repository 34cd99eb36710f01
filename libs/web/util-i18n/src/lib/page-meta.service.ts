import { DOCUMENT, PlatformLocation } from '@angular/common';
import { DestroyRef, effect, inject, Injectable, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Meta, Title } from '@angular/platform-browser';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@lukuhaaste/shared/util-rules';

/** What a page says about itself in search results and link previews, in the reader's language. */
export interface PageText {
  /** The page's own name, e.g. a category's title; the route's title when absent. */
  title?: string;
  /** A sentence or two about the page; the app's description when absent. */
  description?: string | null;
  /** A link preview image (e.g. a share card), shown large; a path is made absolute against the page. */
  image?: PageImage | null;
}

export interface PageImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** Open Graph wants a territory; Finland's, and British English for the English texts. */
const OG_LOCALES: Record<Locale, string> = { fi: 'fi_FI', sv: 'sv_FI', en: 'en_GB' };
const OG_PROPERTIES = ['og:title', 'og:description', 'og:type', 'og:url', 'og:locale', 'og:site_name'];
const OG_IMAGE_PROPERTIES = ['og:image', 'og:image:alt', 'og:image:width', 'og:image:height'];
const TWITTER_NAMES = ['twitter:card', 'twitter:image', 'twitter:image:alt'];

/**
 * The document's `<title>`, description, Open Graph tags and canonical link.
 * Every route gets "Page – App" from its title key; a page that describes
 * itself (home, challenge, category) also gets its own description, link
 * preview and canonical URL while it is shown. Written through Angular's
 * Title and Meta services, so a server render carries them too, and
 * rewritten on navigation and language switches.
 */
@Injectable({ providedIn: 'root' })
export class PageMeta {
  private readonly title = inject(Title);
  private readonly meta = inject(Meta);
  private readonly document = inject(DOCUMENT);
  private readonly location = inject(PlatformLocation);
  private readonly transloco = inject(TranslocoService);
  /** Transloco switches language once the texts are loaded (see LanguageStore). */
  private readonly lang = toSignal(this.transloco.langChanges$, { requireSync: true });
  private readonly route = signal<{ titleKey?: string; path: string } | null>(null);
  private readonly page = signal<(() => PageText | null) | null>(null);

  constructor() {
    effect(() => this.apply());
  }

  /** The route just navigated to: its title key (see TranslatedTitleStrategy) and URL. */
  routeChanged(titleKey: string | undefined, url: string): void {
    this.route.set({ titleKey, path: url.split(/[?#]/)[0] || '/' });
  }

  /**
   * Call from a page component's constructor: `text` is read reactively
   * (null while the page has nothing to say yet) until the component is destroyed.
   */
  describe(text: () => PageText | null): void {
    this.page.set(text);
    inject(DestroyRef).onDestroy(() => {
      if (this.page() === text) this.page.set(null);
    });
  }

  private apply(): void {
    const route = this.route();
    // Before the first navigation the texts may not be loaded yet.
    if (!route) return;
    const lang = this.lang();
    const page = this.page()?.() ?? null;
    const app = this.transloco.translate('app.title');
    const name = page?.title ?? (route.titleKey ? this.transloco.translate<string>(route.titleKey) : undefined);
    const description = page?.description?.trim() || this.transloco.translate<string>('app.description');
    this.title.setTitle(name ? `${name} – ${app}` : app);
    this.meta.updateTag({ name: 'description', content: description });
    this.setImage(page?.image ?? null);
    if (!page) {
      OG_PROPERTIES.forEach((property) => this.meta.removeTag(`property="${property}"`));
      this.setCanonical(null);
      return;
    }
    const url = new URL(route.path, this.location.href).href;
    const tags: Record<string, string> = {
      'og:title': name ?? app,
      'og:description': description,
      'og:type': 'website',
      'og:url': url,
      'og:locale': OG_LOCALES[isLocale(lang) ? lang : DEFAULT_LOCALE],
      'og:site_name': app,
    };
    Object.entries(tags).forEach(([property, content]) => this.meta.updateTag({ property, content }));
    this.setCanonical(url);
  }

  private setImage(image: PageImage | null): void {
    if (!image) {
      OG_IMAGE_PROPERTIES.forEach((property) => this.meta.removeTag(`property="${property}"`));
      TWITTER_NAMES.forEach((name) => this.meta.removeTag(`name="${name}"`));
      return;
    }
    const url = new URL(image.url, this.location.href).href;
    const properties: Record<string, string> = {
      'og:image': url,
      'og:image:alt': image.alt,
      'og:image:width': String(image.width),
      'og:image:height': String(image.height),
    };
    Object.entries(properties).forEach(([property, content]) => this.meta.updateTag({ property, content }));
    const names: Record<string, string> = {
      'twitter:card': 'summary_large_image',
      'twitter:image': url,
      'twitter:image:alt': image.alt,
    };
    Object.entries(names).forEach(([name, content]) => this.meta.updateTag({ name, content }));
  }

  private setCanonical(url: string | null): void {
    const head = this.document.head;
    let link = head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (!url) {
      link?.remove();
      return;
    }
    if (!link) {
      link = this.document.createElement('link');
      link.setAttribute('rel', 'canonical');
      head.appendChild(link);
    }
    link.setAttribute('href', url);
  }
}
