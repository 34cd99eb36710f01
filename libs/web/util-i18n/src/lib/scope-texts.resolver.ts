import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';

/**
 * Loads a lazy Transloco scope's texts before the first page of a route
 * renders, so the document title (translated outside any component) finds
 * them too. A failed load still lets the page open: Transloco then falls
 * back to Finnish.
 */
export function scopeTextsResolver(scope: string): ResolveFn<boolean> {
  return () => {
    const transloco = inject(TranslocoService);
    return transloco.load(`${scope}/${transloco.getActiveLang()}`).pipe(
      map(() => true),
      catchError(() => of(false)),
    );
  };
}
