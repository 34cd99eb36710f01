import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApiError } from '@lukuhaaste/web/data-access';
import { LibrarianStatsApi } from '@lukuhaaste/web/data-access/librarian';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { statsFigures } from '../testing';
import { Chart } from './charts/chart-js';
import { StatsPage } from './stats-page.component';

const readBytes = (blob: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
const settle = () => new Promise((resolve) => setTimeout(resolve));
const title = (fi: string) => ({ fi, sv: null, en: null });
const challenges = [
  { id: 'draft', year: 2027, status: 'DRAFT' as const, title: title('Lukuhaaste 2027') },
  { id: 'c26', year: 2026, status: 'PUBLISHED' as const, title: title('Lukuhaaste 2026') },
  { id: 'c25', year: 2025, status: 'ARCHIVED' as const, title: title('Lukuhaaste 2025') },
];
const branches = [{ id: 'b1', slug: 'kallio', name: title('Kallion kirjasto') }];

describe(StatsPage.name, () => {
  const api = { filters: jest.fn(), figures: jest.fn() };
  const saved: { name: string; blob: Blob }[] = [];

  async function render(params: { challenge?: string; branch?: string } = {}) {
    TestBed.configureTestingModule({
      imports: [StatsPage, translocoTesting('librarian')],
      providers: [provideRouter([]), { provide: LibrarianStatsApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(StatsPage);
    for (const [name, value] of Object.entries(params)) fixture.componentRef.setInput(name, value);
    const element = fixture.nativeElement as HTMLElement;
    const show = async () => {
      for (let i = 0; i < 3; i++) {
        await settle();
        await fixture.whenStable();
      }
    };
    await show();
    const section = (heading: string) =>
      [...element.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent?.trim() === heading);
    const keyFigures = () =>
      [...element.querySelectorAll('.lh-stats__key')].map((key) =>
        [...key.children].map((part) => part.textContent?.trim()).join(' | '),
      );
    return { fixture, element, show, section, keyFigures };
  }

  beforeEach(() => {
    jest.resetAllMocks();
    saved.length = 0;
    api.filters.mockResolvedValue({ challenges, branches });
    api.figures.mockImplementation(async (id: string) =>
      statsFigures(id === 'c25' ? { participants: 9, completions: 1 } : {}),
    );
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push({ name: '', blob });
      return 'blob:1';
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
  });

  it("shows the newest published challenge's key figures, online and on paper, beside the previous year's", async () => {
    const { keyFigures, element } = await render();
    expect(api.figures).toHaveBeenCalledWith('c26', null);
    expect(api.figures).toHaveBeenCalledWith('c25', null);
    expect(keyFigures()).toEqual([
      'Participants | 12 | On paper: 5 | Previous year: 9, on paper 5',
      'Active in the last 30 days | 7 | Previous year: 7',
      'Books logged | 30 | Previous year: 30',
      'Completed challenges | 2 | On paper: 1 | Previous year: 1, on paper 1',
    ]);
    expect(element.textContent).toContain('Compared with Lukuhaaste 2025 (2025).');
  });

  it('filters by the branch in the URL and changes the URL when another is picked', async () => {
    const { element, fixture } = await render({ challenge: 'c25', branch: 'b1' });
    expect(api.figures).toHaveBeenCalledWith('c25', 'b1');
    expect(element.textContent).toContain('There is no challenge of the previous year to compare with.');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const select = element.querySelectorAll('select')[1] as HTMLSelectElement;
    expect(select.value).toBe('b1');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(navigate).toHaveBeenCalledWith([], { queryParams: { branch: null }, queryParamsHandling: 'merge' });
    fixture.componentRef.setInput('branch', undefined);
    await fixture.whenStable();
    await settle();
    expect(api.figures).toHaveBeenLastCalledWith('c25', null);
  });

  it('keeps the shown tables, marked busy, while another branch loads', async () => {
    const { element, fixture } = await render({ branch: 'b1' });
    // This year's and last year's figures: both answer only when the spec says so.
    const answers: ((figures: ReturnType<typeof statsFigures>) => void)[] = [];
    api.figures.mockImplementation(() => new Promise((resolve) => answers.push(resolve)));
    fixture.componentRef.setInput('branch', undefined);
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('.lh-stats__grid')?.getAttribute('aria-busy')).toBe('true');
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('Loading statistics…');
    expect(answers).toHaveLength(2);
    for (const answer of answers) answer(statsFigures({ participants: 40 }));
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('.lh-stats__grid')?.getAttribute('aria-busy')).toBe('false');
    expect(element.querySelector('.lh-stats__key-value')?.textContent?.trim()).toBe('40');
  });

  it('offers every chart as a table and downloads it as CSV', async () => {
    const { section } = await render({ branch: 'b1' });
    const books = section('Most logged books') as HTMLElement;
    expect(books.querySelector('details')?.open).toBe(true);
    expect(section('Books per format')?.querySelector('details')?.open).toBe(false);
    expect([...(books.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent?.trim())).toEqual([
      '=Sinuhe, egyptiläinenMika Waltari3',
    ]);
    (books.querySelector('button') as HTMLButtonElement).click();
    expect(saved[0].name).toBe('lukuhaaste-stats-2026-kallio-top-books.csv');
    expect(saved[0].blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await readBytes(saved[0].blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      'Book,Authors,Books\r\n"\'=Sinuhe, egyptiläinen",Mika Waltari,3\r\n',
    );
  });

  it('draws every chart from the figures of its table alternative, and again for another branch', async () => {
    const { element, fixture, show, section } = await render();
    const chartOf = (heading: string) => Chart.getChart(section(heading)?.querySelector('canvas') as HTMLCanvasElement);
    const charted = () => [...element.querySelectorAll('section')].filter((section) => section.querySelector('canvas'));
    const expectChartsToMatchTables = () => {
      expect(charted().map((section) => section.querySelector('h2')?.textContent?.trim())).toEqual([
        'Books and comments per month',
        'Books per category',
        'Books per format',
        'Participants by categories filled',
      ]);
      for (const section of charted()) {
        const chart = Chart.getChart(section.querySelector('canvas') as HTMLCanvasElement);
        const header = [...section.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim());
        const rows = [...section.querySelectorAll('tbody tr')].map((row) =>
          [...row.children].map((cell) => cell.textContent?.trim()),
        );
        expect(chart?.data.labels?.map((label) => [label].flat().join(' '))).toEqual(rows.map((row) => row[0]));
        for (const dataset of chart?.data.datasets ?? []) {
          const column = header.indexOf(dataset.label ?? '');
          expect(column).toBeGreaterThan(0);
          expect(dataset.data).toEqual(rows.map((row) => Number(row[column])));
        }
      }
    };
    expectChartsToMatchTables();
    const progress = chartOf('Participants by categories filled');
    expect(progress?.data.datasets.map(({ label }) => label)).toEqual([
      'Online',
      'On paper',
      'Previous year (online)',
      'Previous year (on paper)',
    ]);

    const oneList = [0, 1, 0].map((participants, completedCategories) => ({ completedCategories, participants }));
    api.figures.mockResolvedValue(
      statsFigures({ categories: [] }, { participants: 1, completedCategoryCounts: oneList }),
    );
    fixture.componentRef.setInput('branch', 'b1');
    await show();
    expect(chartOf('Participants by categories filled')).toBe(progress);
    expect(progress?.data.datasets[1].data).toEqual([0, 1, 0]);
    expect(element.querySelector('.lh-stats__key-paper')?.textContent?.trim()).toBe('On paper: 1');
    expect(section('Books per category')?.textContent).toContain('No figures yet.');
    expect(section('Books per category')?.querySelector('canvas')).toBeNull();
  });

  it('downloads the progress histogram with its paper columns as CSV', async () => {
    const { section } = await render();
    (section('Participants by categories filled')?.querySelector('button') as HTMLButtonElement).click();
    expect(saved[0].name).toBe('lukuhaaste-stats-2026-progress.csv');
    expect(new TextDecoder().decode((await readBytes(saved[0].blob)).slice(3))).toBe(
      'Categories filled,Online,On paper,Previous year (online),Previous year (on paper)\r\n' +
        '0,4,1,4,1\r\n1,6,3,6,3\r\n2,2,1,2,1\r\n',
    );
  });

  it('says so when the figures cannot be loaded', async () => {
    api.figures.mockRejectedValue(new ApiError('FORBIDDEN'));
    const { element } = await render();
    expect(element.querySelector('lh-form-alert')?.textContent?.trim()).toBeTruthy();
    expect(element.querySelector('.lh-stats__grid')).toBeNull();
  });

  it('says so when there are no challenges', async () => {
    api.filters.mockResolvedValue({ challenges: [], branches: [] });
    const { element } = await render();
    expect(element.textContent).toContain('There are no challenges yet.');
    expect(api.figures).not.toHaveBeenCalled();
  });
});
