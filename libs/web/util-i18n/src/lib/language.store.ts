import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { isLocale, type Locale } from '@lukuhaaste/shared/util-rules';
import { firstValueFrom } from 'rxjs';
import { resolveInitialLocale } from './resolve-initial-locale';

const STORAGE_KEY = 'lukuhaaste.locale';

/** The interface language: Transloco's active language, `<html lang>` and the browser's memory of it. */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(this.transloco.getActiveLang() as Locale);

  readonly locale = this.current.asReadonly();

  /** Picks the starting language before anyone is known to be logged in and loads its texts. */
  async init(): Promise<void> {
    const locale = resolveInitialLocale({
      storedLocale: this.readStored(),
      browserLanguages: this.document.defaultView?.navigator.languages ?? [],
    });
    await this.use(locale);
  }

  /** Switches the interface language; resolves once its texts are loaded. */
  async use(locale: Locale): Promise<void> {
    if (!isLocale(locale)) return;
    this.current.set(locale);
    this.document.documentElement.lang = locale;
    this.store(locale);
    try {
      await firstValueFrom(this.transloco.load(locale));
    } finally {
      // Switch even if loading failed: Transloco falls back to Finnish texts.
      this.transloco.setActiveLang(locale);
    }
  }

  private readStored(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null; // storage can be disabled by privacy settings
    }
  }

  private store(locale: Locale): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Not remembering the choice is acceptable.
    }
  }
}
