import { TestBed } from '@angular/core/testing';
import { ApiError } from '@lukuhaaste/web/data-access';
import { MyDataApi } from '@lukuhaaste/web/data-access/reading';
import type { AlertMessage } from '@lukuhaaste/web/ui';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { EntriesCsvButton } from './entries-csv-button.component';

describe(EntriesCsvButton.name, () => {
  const api = { export: jest.fn() };
  const saved: Array<{ name: string; type: string }> = [];

  beforeEach(() => {
    jest.clearAllMocks();
    saved.length = 0;
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push({ name: '', type: blob.type });
      return 'blob:1';
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
  });

  async function clickIt() {
    TestBed.configureTestingModule({
      imports: [EntriesCsvButton, translocoTesting()],
      providers: [{ provide: MyDataApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(EntriesCsvButton);
    const failures: AlertMessage[] = [];
    fixture.componentInstance.failed.subscribe((message) => failures.push(message));
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Export entries (CSV)');
    button.click();
    await new Promise((resolve) => setTimeout(resolve));
    return failures;
  }

  it('saves the entries as a dated CSV file', async () => {
    api.export.mockResolvedValue({ json: '{}', entriesCsv: '\uFEFFchallenge\r\n', exportedAt: '2026-12-07T17:00:00Z' });
    expect(await clickIt()).toEqual([]);
    expect(saved).toEqual([{ name: 'lukuhaaste-entries-2026-12-07.csv', type: 'text/csv;charset=utf-8' }]);
  });

  it('hands a failure to the page instead of saving anything', async () => {
    api.export.mockRejectedValue(new ApiError('NETWORK_ERROR'));
    expect(await clickIt()).toEqual([{ key: 'errors.network' }]);
    expect(saved).toEqual([]);
  });
});
