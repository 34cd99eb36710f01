import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { LanguageStore } from './language.store';

describe(LanguageStore.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { fi: { hello: 'Hei' }, sv: { hello: 'Hej' }, en: { hello: 'Hello' } },
          translocoConfig: { availableLangs: ['fi', 'sv', 'en'], defaultLang: 'fi' },
        }),
      ],
    });
  });

  it('switches Transloco and <html lang> and remembers the choice', async () => {
    const store = TestBed.inject(LanguageStore);

    await store.use('sv');

    expect(store.locale()).toBe('sv');
    expect(TestBed.inject(TranslocoService).translate('hello')).toBe('Hej');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('sv');
    expect(localStorage.getItem('lukuhaaste.locale')).toBe('sv');
  });

  it('starts from the remembered language', async () => {
    localStorage.setItem('lukuhaaste.locale', 'en');
    const store = TestBed.inject(LanguageStore);

    await store.init();

    expect(store.locale()).toBe('en');
  });
});
