import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { PLATFORM_ID } from '@angular/core';
import { LanguageStore } from './language.store';
import { LOCALE_SOURCES } from './locale-sources';

describe(LanguageStore.name, () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lukuhaaste-locale=; max-age=0; path=/';
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
    expect(document.cookie).toContain('lukuhaaste-locale=sv');
  });

  it('starts from the remembered cookie when storage has nothing', async () => {
    document.cookie = 'lukuhaaste-locale=sv; path=/';
    const store = TestBed.inject(LanguageStore);

    await store.init();

    expect(store.locale()).toBe('sv');
  });

  it('on the server, starts from what the request tells and remembers nothing', async () => {
    document.cookie = 'lukuhaaste-locale=; max-age=0; path=/';
    TestBed.overrideProvider(PLATFORM_ID, { useValue: 'server' });
    TestBed.overrideProvider(LOCALE_SOURCES, { useValue: () => ({ storedLocale: null, browserLanguages: ['en-GB'] }) });
    const store = TestBed.inject(LanguageStore);

    await store.init();

    expect(store.locale()).toBe('en');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
    expect(localStorage.getItem('lukuhaaste.locale')).toBeNull();
    expect(document.cookie).not.toContain('lukuhaaste-locale=en');
  });

  it('starts from the remembered language', async () => {
    localStorage.setItem('lukuhaaste.locale', 'en');
    const store = TestBed.inject(LanguageStore);

    await store.init();

    expect(store.locale()).toBe('en');
  });
});
