import { DOCUMENT } from '@angular/common';
import { inject, InjectionToken } from '@angular/core';
import { readRememberedLocale } from './remembered-locale';
import type { LocaleSources } from '@lukuhaaste/shared/util-rules';

/**
 * Where the starting language comes from before anyone is known to be logged
 * in. In the browser: its remembered choice and languages; a server render
 * provides the same from the request (cookie and Accept-Language).
 */
export const LOCALE_SOURCES = new InjectionToken<() => LocaleSources>('LOCALE_SOURCES', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return () => ({
      storedLocale: readRememberedLocale(document),
      browserLanguages: document.defaultView?.navigator.languages ?? [],
    });
  },
});
