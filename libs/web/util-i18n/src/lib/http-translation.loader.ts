import { isPlatformServer } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { inject, Injectable, makeStateKey, PLATFORM_ID, TransferState } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { of, tap } from 'rxjs';

/**
 * Translations are static files the web app serves at `/i18n/{lang}.json`.
 * Texts a server render loaded travel in the page, so hydration starts
 * without fetching them again (each is taken once: a later load asks anew).
 */
@Injectable({ providedIn: 'root' })
export class HttpTranslationLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);
  private readonly transferState = inject(TransferState);
  private readonly onServer = isPlatformServer(inject(PLATFORM_ID));

  getTranslation(lang: string) {
    const key = makeStateKey<Translation>(`i18n:${lang}`);
    const transferred = this.transferState.get(key, null);
    if (transferred && !this.onServer) {
      this.transferState.remove(key);
      return of(transferred);
    }
    return this.http.get<Translation>(`/i18n/${lang}.json`).pipe(
      tap((translation) => {
        if (this.onServer) this.transferState.set(key, translation);
      }),
    );
  }
}
