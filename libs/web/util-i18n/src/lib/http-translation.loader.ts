import { isPlatformServer } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { inject, Injectable, makeStateKey, PLATFORM_ID, TransferState } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { map, of, tap } from 'rxjs';
import { flattenTranslation } from './flatten-translation';

/**
 * Translations are static files the web app serves at `/i18n/{lang}.json`,
 * handed to Transloco flattened (see flattenTranslation). Texts a server
 * render loaded travel in the page, already flat, so hydration starts without
 * fetching or reshaping them (each is taken once: a later load asks anew).
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
      map((nested) => flattenTranslation(nested)),
      tap((translation) => {
        if (this.onServer) this.transferState.set(key, translation);
      }),
    );
  }
}
