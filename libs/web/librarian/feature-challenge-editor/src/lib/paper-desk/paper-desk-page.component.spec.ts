import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiError } from '@lukuhaaste/web/data-access';
import {
  LibrarianBranchesApi,
  LibrarianChallengesApi,
  PaperParticipationApi,
} from '@lukuhaaste/web/data-access/librarian';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { aChallenge } from '../../testing-fixtures';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { PaperDeskPage } from './paper-desk-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const BRANCHES = [
  { id: 'oodi', slug: 'oodi', name: { fi: 'Keskustakirjasto Oodi', sv: null, en: 'Central Library Oodi' } },
  { id: 'kallio', slug: 'kallio', name: { fi: 'Kallion kirjasto', sv: null, en: null } },
];

describe(PaperDeskPage.name, () => {
  const challenges = { get: jest.fn() };
  const branches = { list: jest.fn() };
  const papers = { record: jest.fn(), undo: jest.fn() };
  let sequence = 0;

  async function render() {
    TestBed.configureTestingModule({
      imports: [PaperDeskPage, translocoTesting('librarian')],
      providers: [
        provideRouter([]),
        { provide: LibrarianChallengesApi, useValue: challenges },
        { provide: LibrarianBranchesApi, useValue: branches },
        { provide: PaperParticipationApi, useValue: papers },
        { provide: LanguageStore, useValue: { locale: signal('en') } },
      ],
    });
    const fixture = TestBed.createComponent(PaperDeskPage);
    fixture.componentRef.setInput('id', 'c2026');
    const update = async () => {
      for (let i = 0; i < 3; i++) {
        await settle();
        fixture.detectChanges();
        await fixture.whenStable();
      }
    };
    await update();
    const element = fixture.nativeElement as HTMLElement;
    const select = () => element.querySelector<HTMLSelectElement>('select') as HTMLSelectElement;
    const field = () => element.querySelector<HTMLInputElement>('input[type="number"]') as HTMLInputElement;
    /** Types a number and presses Enter, as at the desk. */
    const enter = async (value: string) => {
      field().value = value;
      field().dispatchEvent(new Event('input'));
      element.querySelector('form')?.dispatchEvent(new Event('submit'));
      await update();
    };
    const chooseBranch = async (id: string) => {
      select().value = id;
      select().dispatchEvent(new Event('change'));
      await update();
    };
    const alertText = () => element.querySelector('.lh-form-alert')?.textContent?.replace(/\s+/g, ' ').trim();
    const recent = () => [...element.querySelectorAll('.lh-paper-desk__item')].map((span) => span.textContent?.trim());
    return { element, field, select, enter, chooseBranch, alertText, recent, update };
  }

  beforeEach(() => {
    jest.resetAllMocks();
    localStorage.clear();
    challenges.get.mockResolvedValue(aChallenge({ id: 'c2026', status: 'PUBLISHED' }));
    branches.list.mockResolvedValue(BRANCHES);
    papers.record.mockImplementation(async (_challengeId: string, branchId: string, completedCategories: number) => ({
      id: `p${++sequence}`,
      branchId,
      completedCategories,
      recordedAt: '2026-12-07T10:00:00Z',
    }));
    papers.undo.mockResolvedValue(undefined);
  });

  it('records a number with Enter, clears the field for the next list and keeps it focused', async () => {
    const { enter, chooseBranch, field, alertText, recent } = await render();
    await chooseBranch('oodi');
    await enter('3');
    expect(papers.record).toHaveBeenCalledWith('c2026', 'oodi', 3);
    expect(alertText()).toBe('Recorded: 3 categories.');
    expect(field().value).toBe('');
    expect(document.activeElement).toBe(field());
    await enter('0');
    expect(recent()).toEqual(['0 categories, Central Library Oodi', '3 categories, Central Library Oodi']);
  });

  it('remembers the branch for the next visit', async () => {
    const first = await render();
    await first.chooseBranch('kallio');
    TestBed.resetTestingModule();
    const second = await render();
    expect(second.select().value).toBe('kallio');
    await second.enter('1');
    expect(papers.record).toHaveBeenCalledWith('c2026', 'kallio', 1);
  });

  it('refuses a number outside 0..the category count, or no branch, without calling the API', async () => {
    const { enter, chooseBranch, alertText, field } = await render();
    const max = aChallenge().categoryCount;
    await enter('1');
    expect(alertText()).toBe('Choose the library first.');
    await chooseBranch('oodi');
    await enter(String(max + 1));
    expect(alertText()).toBe(`Type a whole number from 0 to ${max}.`);
    expect(field().getAttribute('aria-invalid')).toBe('true');
    await enter('-1');
    expect(papers.record).not.toHaveBeenCalled();
  });

  it('undoes a mistyped record', async () => {
    const { element, enter, chooseBranch, alertText, recent, update } = await render();
    await chooseBranch('oodi');
    await enter('2');
    element.querySelector<HTMLButtonElement>('.lh-paper-desk__recent button')?.click();
    await update();
    expect(papers.undo).toHaveBeenCalledWith('p' + sequence);
    expect(recent()).toEqual([]);
    expect(alertText()).toBe('Undone: 2 categories.');
  });

  it('shows the API’s refusal', async () => {
    papers.record.mockRejectedValue(new ApiError('FORBIDDEN'));
    const { enter, chooseBranch, alertText, recent } = await render();
    await chooseBranch('oodi');
    await enter('1');
    expect(alertText()).toBe('You are not allowed to do this.');
    expect(recent()).toEqual([]);
  });
});
