import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, isObservable, of, throwError, type Observable } from 'rxjs';
import { scopeTextsResolver } from './scope-texts.resolver';

function resolveWith(load: (path: string) => Observable<unknown>): Promise<boolean> {
  TestBed.configureTestingModule({
    providers: [{ provide: TranslocoService, useValue: { getActiveLang: () => 'sv', load: jest.fn(load) } }],
  });
  const result = TestBed.runInInjectionContext(() =>
    scopeTextsResolver('librarian')({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
  );
  if (!isObservable(result)) throw new Error('expected an observable');
  return firstValueFrom(result as Observable<boolean>);
}

describe('scopeTextsResolver', () => {
  it("loads the scope's texts in the active language before the page opens", async () => {
    await expect(resolveWith(() => of({}))).resolves.toBe(true);
    expect(TestBed.inject(TranslocoService).load).toHaveBeenCalledWith('librarian/sv');
  });

  it('still opens the page when the texts cannot be loaded', async () => {
    await expect(resolveWith(() => throwError(() => new Error('offline')))).resolves.toBe(false);
  });
});
