import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CATEGORY_THREAD_SECTION } from '@lukuhaaste/web/data-access';
import { PageMeta } from '@lukuhaaste/web/util-i18n';
import { aChallenge } from '../testing/fixtures';
import { renderPage } from '../testing/render-page';
import { CategoryPage } from './category-page.component';

@Component({
  selector: 'lh-stub-thread',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: 'Thread of {{ categoryId() }}',
})
class StubThread {
  readonly categoryId = input.required<string>();
}

/** Records what the page watches, so a test can scroll it into view. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  private readonly targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(target: Element): void {
    this.targets.push(target);
  }
  disconnect(): void {
    this.targets.length = 0;
  }
  static scrollAllIntoView(): void {
    for (const observer of FakeIntersectionObserver.all) {
      const entries = observer.targets.map((target) => ({ target, isIntersecting: true }));
      observer.callback(entries as unknown as IntersectionObserverEntry[], observer as unknown as IntersectionObserver);
    }
  }
}

describe(CategoryPage.name, () => {
  it('describes itself with the category’s title and text for search results and link previews', async () => {
    const page = await renderPage(CategoryPage, { inputs: { slug: 'lukuhaaste-2026', position: '2' } });
    TestBed.inject(PageMeta).routeChanged('category.title', '/challenges/lukuhaaste-2026/2');
    await page.answer('ChallengeBySlug', { challenge: aChallenge(3) });

    const meta = (selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute('content');
    expect(page.texts('h1')).toEqual(['Category 2']);
    expect(document.title).toBe('Category 2 – Reading Challenge');
    expect(meta('name="description"')).toBe('About category 2');
    expect(meta('property="og:title"')).toBe('Category 2');
    expect(meta('property="og:description"')).toBe('About category 2');
    expect(meta('property="og:url"')).toMatch(/\/challenges\/lukuhaaste-2026\/2$/);
  });

  describe('discussion', () => {
    beforeEach(() => {
      FakeIntersectionObserver.all = [];
      globalThis.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
    });
    afterEach(() => {
      delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
    });

    it('loads the category’s discussion only once its place scrolls into view', async () => {
      const loadThread = jest.fn(() => Promise.resolve(StubThread));
      TestBed.configureTestingModule({ providers: [{ provide: CATEGORY_THREAD_SECTION, useValue: loadThread }] });
      const page = await renderPage(CategoryPage, { inputs: { slug: 'lukuhaaste-2026', position: '2' } });
      await page.answer('ChallengeBySlug', { challenge: aChallenge(3) });

      expect(page.texts('h2')).toContain('Discussion');
      expect(loadThread).not.toHaveBeenCalled();

      FakeIntersectionObserver.scrollAllIntoView();
      await page.settle();
      await page.settle();

      expect(loadThread).toHaveBeenCalledTimes(1);
      expect(page.texts('lh-stub-thread')).toEqual(['Thread of cat-2']);
    });
  });
});
