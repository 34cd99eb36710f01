import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ApiError } from '@lukuhaaste/web/data-access';
import { ChallengesApi } from '@lukuhaaste/web/data-access/reading';
import { PageMeta } from '@lukuhaaste/web/util-i18n';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aCategory, aChallenge } from '../testing/fixtures';
import { ChallengePrintPage } from './challenge-print-page.component';

const I18N = join(__dirname, '../../../../../../../apps/web/public/i18n');
const read = (file: string) => JSON.parse(readFileSync(join(I18N, file), 'utf8'));

const CHALLENGE = aChallenge(0, {
  title: { fi: 'Lukuhaaste 2026', sv: 'Läsutmaningen 2026', en: null },
  categories: [aCategory(1, 'Kirja runoilijalta', 'A book by a poet'), aCategory(2, 'Sarjakuva', null)],
});

describe(ChallengePrintPage.name, () => {
  const challenges = { bySlug: jest.fn() };

  async function render(lang?: string) {
    TestBed.configureTestingModule({
      imports: [
        ChallengePrintPage,
        TranslocoTestingModule.forRoot({
          langs: { en: read('en.json') },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([]),
        { provide: ChallengesApi, useValue: challenges },
        { provide: PageMeta, useValue: { describe: jest.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(ChallengePrintPage);
    fixture.componentRef.setInput('slug', 'lukuhaaste-2026');
    if (lang !== undefined) fixture.componentRef.setInput('lang', lang);
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
    const element = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const items = () =>
      [...element.querySelectorAll<HTMLLIElement>('.lh-print-sheet__item')].map((li) => [
        li.value,
        li.querySelector('.lh-print-sheet__category')?.textContent?.trim(),
      ]);
    return { element, text, items };
  }

  beforeEach(() => {
    jest.resetAllMocks();
    challenges.bySlug.mockResolvedValue(CHALLENGE);
  });

  it('prints the numbered categories in Swedish, falling back to Finnish where a title has no Swedish', async () => {
    const { element, text, items } = await render('sv');
    expect(challenges.bySlug).toHaveBeenCalledWith('lukuhaaste-2026');
    expect(element.querySelector('.lh-print-sheet')?.getAttribute('lang')).toBe('sv');
    expect(text('h1')).toBe('Läsutmaningen 2026');
    expect(text('.lh-print-sheet__library')).toBe('Helsingfors stadsbibliotek');
    expect(items()).toEqual([
      [1, 'Kirja runoilijalta'],
      [2, 'Sarjakuva'],
    ]);
    // The box and the writing line are for the pen, not for screen readers.
    expect(element.querySelectorAll('.lh-print-sheet__box[aria-hidden="true"]')).toHaveLength(2);
    expect(element.querySelectorAll('.lh-print-sheet__line[aria-hidden="true"]')).toHaveLength(2);
  });

  it('prints in English on ?lang=en and in Finnish without a known language', async () => {
    expect((await render('en')).items()).toEqual([
      [1, 'A book by a poet'],
      [2, 'Sarjakuva'],
    ]);
    TestBed.resetTestingModule();
    const finnish = await render('de');
    expect(finnish.element.querySelector('.lh-print-sheet')?.getAttribute('lang')).toBe('fi');
    expect(finnish.text('h1')).toBe('Lukuhaaste 2026');
    expect(finnish.text('.lh-print-sheet__print')).toBe('Tulosta');
  });

  it('links the other languages, each named in its own', async () => {
    const { element } = await render('sv');
    const links = [...element.querySelectorAll('.lh-print-sheet__languages a')].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('lang'),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Suomeksi', 'fi', '/?lang=fi'],
      ['In English', 'en', '/?lang=en'],
    ]);
  });

  it('opens the browser’s print dialog from the button', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { element } = await render('fi');
    element.querySelector<HTMLButtonElement>('.lh-print-sheet__print')?.click();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('says when the challenge is not there', async () => {
    challenges.bySlug.mockRejectedValue(new ApiError('NOT_FOUND'));
    const { element, text } = await render('sv');
    expect(text('[role="alert"]')).toBe('This reading challenge was not found.');
    expect(element.querySelector('.lh-print-sheet__list')).toBeNull();
    expect(element.querySelector('.lh-print-sheet')?.hasAttribute('lang')).toBe(false);
  });
});
