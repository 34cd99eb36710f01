import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ApiError } from '@lukuhaaste/web/data-access';
import { ImportApi, type ImportReport } from '@lukuhaaste/web/data-access/reading';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { ImportGoodreadsDialog } from './import-goodreads-dialog.component';

const sleep = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
/** Reading the chosen file (FileReader) takes a varying number of turns of the event loop. */
const until = async (done: () => boolean) => {
  for (let turn = 0; turn < 200 && !done(); turn += 1) await sleep(5);
};
const CSV = 'Title,Author\nKirja,"Rivi 1\nRivi 2"\nToinen,Kirjailija\n';

describe(ImportGoodreadsDialog.name, () => {
  const imports = { importGoodreadsCsv: jest.fn() };

  async function render() {
    TestBed.configureTestingModule({
      imports: [ImportGoodreadsDialog, translocoTesting()],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: { challengeId: 'c1', challengeTitle: 'Lukuhaaste 2026' } },
        { provide: MatDialogRef, useValue: { close: jest.fn() } },
        { provide: ImportApi, useValue: imports },
      ],
    });
    const fixture = TestBed.createComponent(ImportGoodreadsDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await sleep();
      await fixture.whenStable();
    };
    const choose = async (file: File) => {
      const input = element.querySelector('input[type=file]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
      await settle();
    };
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    return { element, choose, button, settle };
  }

  beforeEach(() => jest.clearAllMocks());

  it('names the challenge and labels the file picker', async () => {
    const { element, button } = await render();
    expect(element.textContent).toContain('Books you read during Lukuhaaste 2026');
    const input = element.querySelector('input[type=file]') as HTMLInputElement;
    expect(element.querySelector(`label[for="${input.id}"]`)?.textContent?.trim()).toBe(
      'Goodreads library export (CSV)',
    );
    expect(button('Import').disabled).toBe(true);
  });

  it('refuses a file that is not CSV before sending it', async () => {
    const { element, choose } = await render();
    await choose(new File(['x'], 'kuva.png', { type: 'image/png' }));
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Choose a CSV file');
  });

  it('sends the text, shows progress with the row count, then the report with translated reasons', async () => {
    let progress: (share: number) => void = () => undefined;
    let finish: (report: ImportReport) => void = () => undefined;
    imports.importGoodreadsCsv.mockImplementation((_id: string, _csv: string, onProgress: typeof progress) => {
      progress = onProgress;
      return new Promise<ImportReport>((resolve) => (finish = resolve));
    });
    const { element, choose, button, settle } = await render();
    await choose(new File([CSV], 'goodreads_library_export.csv', { type: 'text/csv' }));
    button('Import').click();
    await until(() => imports.importGoodreadsCsv.mock.calls.length > 0);
    await settle();
    expect(imports.importGoodreadsCsv).toHaveBeenCalledWith('c1', CSV, expect.any(Function));
    progress(0.5);
    await settle();
    expect(element.textContent).toContain('Sending the file… 50 %');
    progress(1);
    await settle();
    expect(element.textContent).toContain('Importing 2 rows…');
    finish({
      imported: 1,
      shortenedReviews: [],
      skipped: [{ row: 3, title: 'Toinen', reason: 'BEFORE_START' }],
    });
    await settle();
    expect(element.textContent).toContain('Books imported: 1.');
    const cells = [...element.querySelectorAll('tbody td')].map((cell) => cell.textContent?.trim());
    expect(cells).toEqual(['3', 'Toinen', 'Read before the challenge started']);
  });

  it("shows the server's reason for refusing the file", async () => {
    imports.importGoodreadsCsv.mockRejectedValue(
      new ApiError('BAD_USER_INPUT', [{ field: 'csv', code: 'MALFORMED_CSV', params: { row: 7 } }]),
    );
    const { element, choose, button, settle } = await render();
    await choose(new File([CSV], 'export.csv'));
    button('Import').click();
    await until(() => imports.importGoodreadsCsv.mock.calls.length > 0);
    await settle();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('cannot be read as CSV (row 7)');
  });
});
