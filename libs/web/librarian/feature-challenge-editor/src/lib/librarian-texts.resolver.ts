import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';

export const LIBRARIAN_SCOPE = 'librarian';

/**
 * Loads the librarian texts before the first page renders, so the document
 * title (translated outside any component) finds them too. A failed load
 * still lets the page open: Transloco then falls back to Finnish.
 */
export const librarianTextsResolver: ResolveFn<boolean> = () => {
  const transloco = inject(TranslocoService);
  return transloco.load(`${LIBRARIAN_SCOPE}/${transloco.getActiveLang()}`).pipe(
    map(() => true),
    catchError(() => of(false)),
  );
};
