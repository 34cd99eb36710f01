import { PlatformLocation } from '@angular/common';
import { MOCK_PLATFORM_LOCATION_CONFIG, MockPlatformLocation } from '@angular/common/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { PageMeta, type PageText } from './page-meta.service';

const en = { app: { title: 'Reading Challenge', description: 'Read widely.' }, auth: { login: 'Log in' } };
const fi = { app: { title: 'Lukuhaaste', description: 'Lue monipuolisesti.' }, auth: { login: 'Kirjaudu' } };

/** What the page text signal of the test page says. */
const pageText = signal<PageText | null>(null);

@Component({ selector: 'lh-described-page', template: '' })
class DescribedPage {
  constructor() {
    TestBed.inject(PageMeta).describe(() => pageText());
  }
}

describe(PageMeta.name, () => {
  let pageMeta: PageMeta;
  const head = () => document.head;
  const metaContent = (selector: string) => head().querySelector(`meta[${selector}]`)?.getAttribute('content');
  const og = (property: string) => metaContent(`property="og:${property}"`);
  const canonical = () => head().querySelector('link[rel="canonical"]')?.getAttribute('href');

  beforeEach(() => {
    head().innerHTML = '';
    pageText.set(null);
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en, fi },
          translocoConfig: { availableLangs: ['en', 'fi'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        { provide: PlatformLocation, useClass: MockPlatformLocation },
        { provide: MOCK_PLATFORM_LOCATION_CONFIG, useValue: { startUrl: 'https://lukuhaaste.example.fi/login' } },
      ],
    });
    pageMeta = TestBed.inject(PageMeta);
  });

  it('titles any route "Page – App" with the app’s description and no link preview', () => {
    pageMeta.routeChanged('auth.login', '/login?next=%2Fprofile');
    TestBed.tick();

    expect(document.title).toBe('Log in – Reading Challenge');
    expect(metaContent('name="description"')).toBe('Read widely.');
    expect(og('title')).toBeUndefined();
    expect(canonical()).toBeUndefined();
  });

  it('gives a page that describes itself its own title, description, Open Graph tags and canonical URL', () => {
    pageMeta.routeChanged('category.title', '/challenges/lukuhaaste-2026/3?tab=reads#top');
    TestBed.createComponent(DescribedPage);
    pageText.set({ title: 'A book with an animal', description: 'Any animal counts.' });
    TestBed.tick();

    const url = 'https://lukuhaaste.example.fi/challenges/lukuhaaste-2026/3';
    expect(document.title).toBe('A book with an animal – Reading Challenge');
    expect(metaContent('name="description"')).toBe('Any animal counts.');
    expect({
      title: og('title'),
      description: og('description'),
      type: og('type'),
      url: og('url'),
      locale: og('locale'),
      site: og('site_name'),
      image: og('image'),
    }).toEqual({
      title: 'A book with an animal',
      description: 'Any animal counts.',
      type: 'website',
      url,
      locale: 'en_GB',
      site: 'Reading Challenge',
      image: undefined,
    });
    expect(canonical()).toBe(url);
    expect(head().querySelectorAll('link[rel="canonical"], meta[name="description"]')).toHaveLength(2);
  });

  it('gives a page with an image a large link preview with an absolute image URL, and drops it when the page goes', () => {
    pageMeta.routeChanged(undefined, '/p/abc/2026');
    const fixture = TestBed.createComponent(DescribedPage);
    pageText.set({
      title: 'Maija’s progress',
      image: { url: '/p/abc/2026.png?lang=en', alt: 'Maija has filled 3/50 categories', width: 1200, height: 630 },
    });
    TestBed.tick();

    const image = 'https://lukuhaaste.example.fi/p/abc/2026.png?lang=en';
    expect([og('image'), og('image:alt'), og('image:width'), og('image:height')]).toEqual([
      image,
      'Maija has filled 3/50 categories',
      '1200',
      '630',
    ]);
    expect(metaContent('name="twitter:card"')).toBe('summary_large_image');
    expect(metaContent('name="twitter:image"')).toBe(image);

    fixture.destroy();
    TestBed.tick();
    expect(og('image')).toBeUndefined();
    expect(metaContent('name="twitter:card"')).toBeUndefined();
  });

  it('follows the page’s text, falls back to the route title and app description, and drops the preview when the page goes', () => {
    pageMeta.routeChanged('category.title', '/challenges/lukuhaaste-2026/3');
    const fixture = TestBed.createComponent(DescribedPage);
    TestBed.tick();
    expect(og('title')).toBeUndefined(); // nothing to say while loading

    pageText.set({ description: '  ' });
    TestBed.tick();
    expect(document.title).toBe('category.title – Reading Challenge');
    expect(og('description')).toBe('Read widely.');

    fixture.destroy();
    pageMeta.routeChanged('auth.login', '/login');
    TestBed.tick();
    expect(document.title).toBe('Log in – Reading Challenge');
    expect(og('title')).toBeUndefined();
    expect(canonical()).toBeUndefined();
  });

  it('rewrites everything in the new language after a switch', () => {
    pageMeta.routeChanged('auth.login', '/');
    TestBed.createComponent(DescribedPage);
    pageText.set({ title: 'Helmet-lukuhaaste 2026' });
    TestBed.tick();

    TestBed.inject(TranslocoService).setActiveLang('fi');
    TestBed.tick();

    expect(document.title).toBe('Helmet-lukuhaaste 2026 – Lukuhaaste');
    expect(metaContent('name="description"')).toBe('Lue monipuolisesti.');
    expect(og('locale')).toBe('fi_FI');
    expect(og('site_name')).toBe('Lukuhaaste');
  });
});
