import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ApiError, SessionStore, type SessionUser } from '@lukuhaaste/web/data-access';
import { BranchesApi, ChallengesApi, type BranchStanding } from '@lukuhaaste/web/data-access/reading';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aChallenge } from '../testing/fixtures';
import { BranchLeaderboardPage } from './branch-leaderboard-page.component';

const I18N = join(__dirname, '../../../../../../../apps/web/public/i18n');
const read = (file: string) => JSON.parse(readFileSync(join(I18N, file), 'utf8'));

const standing = (id: string, fi: string, sv: string | null, totals: [number, number, number]): BranchStanding => ({
  branch: { id, slug: id, name: { fi, sv, en: null } },
  participants: totals[0],
  booksLogged: totals[1],
  completions: totals[2],
});
const STANDINGS = [
  standing('oodi', 'Keskustakirjasto Oodi', 'Centrumbiblioteket Ode', [12, 140, 2]),
  standing('sello', 'Sellon kirjasto', null, [3, 20, 0]),
];
const reader = (homeBranchId: string | null) =>
  ({ id: 'u1', displayName: 'Lukutoukka', role: 'PATRON', locale: 'sv', homeBranchId }) as SessionUser;

describe(BranchLeaderboardPage.name, () => {
  const challenges = { bySlug: jest.fn() };
  const branches = { leaderboard: jest.fn() };

  async function render(user: SessionUser | null) {
    TestBed.configureTestingModule({
      imports: [
        BranchLeaderboardPage,
        TranslocoTestingModule.forRoot({
          langs: { en: read('en.json'), 'branches/en': read('branches/en.json') },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([]),
        { provide: ChallengesApi, useValue: challenges },
        { provide: BranchesApi, useValue: branches },
        { provide: SessionStore, useValue: { user: signal(user) } },
        { provide: LanguageStore, useValue: { locale: signal('sv') } },
      ],
    });
    const fixture = TestBed.createComponent(BranchLeaderboardPage);
    fixture.componentRef.setInput('slug', 'lukuhaaste-2026');
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
    const element = fixture.nativeElement as HTMLElement;
    const rows = () =>
      [...element.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
      );
    const links = () => [...element.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    return { element, rows, links };
  }

  beforeEach(() => {
    jest.resetAllMocks();
    challenges.bySlug.mockResolvedValue(aChallenge(3, { id: 'c1', slug: 'lukuhaaste-2026' }));
    branches.leaderboard.mockResolvedValue(STANDINGS);
  });

  it('shows each branch’s totals in the reader’s language and marks their home branch', async () => {
    const { rows, element } = await render(reader('sello'));
    expect(branches.leaderboard).toHaveBeenCalledWith('c1');
    expect(rows()).toEqual([
      ['Centrumbiblioteket Ode', '12', '140', '2'],
      ['Sellon kirjasto (your home library)', '3', '20', '0'],
    ]);
    expect(element.querySelector('.lh-leaderboard__yours th')?.textContent).toContain('Sellon kirjasto');
    expect([...element.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual([
      'Library',
      'Participants',
      'Books',
      'Completed',
    ]);
  });

  it('invites a signed-in reader without a home branch to pick one, and leads back to the challenge', async () => {
    const { links } = await render(reader(null));
    expect(links()).toEqual([
      ['Back to the challenge', '/challenges/lukuhaaste-2026'],
      ['Pick your home library in your profile', '/profile'],
    ]);
  });

  it('shows visitors the standings without the profile link', async () => {
    const { links, rows } = await render(null);
    expect(links()).toEqual([['Back to the challenge', '/challenges/lukuhaaste-2026']]);
    expect(rows()).toHaveLength(2);
  });

  it('says when the challenge is not there (a draft, for a reader)', async () => {
    challenges.bySlug.mockRejectedValue(new ApiError('NOT_FOUND'));
    const { element } = await render(null);
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe('The challenge was not found.');
    expect(element.querySelector('table')).toBeNull();
  });
});
