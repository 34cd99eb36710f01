import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { inject, Injectable, PLATFORM_ID, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { isLocale, resolveInitialLocale, type Locale } from '@lukuhaaste/shared/util-rules';
import { firstValueFrom } from 'rxjs';
import { LOCALE_SOURCES } from './locale-sources';
import { rememberLocale } from './remembered-locale';

/** The interface language: Transloco's active language, `<html lang>` and the browser's memory of it. */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly sources = inject(LOCALE_SOURCES);
  /** A server render has no reader's browser to remember anything in. */
  private readonly inBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly current = signal<Locale>(this.transloco.getActiveLang() as Locale);

  readonly locale = this.current.asReadonly();

  /** Picks the starting language before anyone is known to be logged in and loads its texts. */
  async init(): Promise<void> {
    // In the browser this runs while the app starts: yielding before and after
    // splits start-up into shorter tasks, so a tap or scroll is not held up as long.
    if (this.inBrowser) await yieldToMain();
    await this.use(resolveInitialLocale(this.sources()));
    if (this.inBrowser) await yieldToMain();
  }

  /** Switches the interface language; resolves once its texts are loaded. */
  async use(locale: Locale): Promise<void> {
    if (!isLocale(locale)) return;
    this.current.set(locale);
    this.document.documentElement.lang = locale;
    if (this.inBrowser) rememberLocale(this.document, locale);
    try {
      await firstValueFrom(this.transloco.load(locale));
    } finally {
      // Switch even if loading failed: Transloco falls back to Finnish texts.
      this.transloco.setActiveLang(locale);
    }
  }
}

/** Lets the browser handle input and paint before going on (scheduler.yield where there is one). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
