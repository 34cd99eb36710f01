import { TestBed } from '@angular/core/testing';
import { ApiError } from '@lukuhaaste/web/data-access';
import { MyDataApi } from '@lukuhaaste/web/data-access/reading';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { MyDataDownloads } from './my-data-downloads.component';

describe(MyDataDownloads.name, () => {
  const api = { export: jest.fn() };
  const saved: Array<{ name: string; type: string; bytes: Promise<number[]> }> = [];
  /** jsdom's Blob has no bytes(); FileReader reads what the browser would save. */
  const readBytes = (blob: Blob) =>
    new Promise<number[]>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)]);
      reader.readAsArrayBuffer(blob);
    });
  const utf8 = (text: string) => [...new TextEncoder().encode(text)];

  beforeEach(() => {
    jest.clearAllMocks();
    saved.length = 0;
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push({ name: '', type: blob.type, bytes: readBytes(blob) });
      return `blob:${saved.length}`;
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
    api.export.mockResolvedValue({
      json: '{"profile":{}}',
      entriesCsv: '\uFEFFchallenge\r\n',
      exportedAt: '2026-12-07T17:00:00.000Z',
    });
  });

  async function render() {
    TestBed.configureTestingModule({
      imports: [MyDataDownloads, translocoTesting('branches')],
      providers: [{ provide: MyDataApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(MyDataDownloads);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const click = async (label: string) => {
      const button = [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
      button?.click();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { element, click };
  }

  it('saves the JSON document as a dated .json file', async () => {
    const { click } = await render();
    await click('Download my data (JSON)');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: 'lukuhaaste-my-data-2026-12-07.json', type: 'application/json' });
    expect(await saved[0].bytes).toEqual(utf8('{"profile":{}}'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:1');
  });

  it('saves the entries as a UTF-8 CSV file that keeps its byte order mark', async () => {
    const { click } = await render();
    await click('Entries as CSV');
    expect(saved[0]).toMatchObject({ name: 'lukuhaaste-entries-2026-12-07.csv', type: 'text/csv;charset=utf-8' });
    expect(await saved[0].bytes).toEqual([0xef, 0xbb, 0xbf, ...utf8('challenge\r\n')]);
  });

  it('says why when the export fails', async () => {
    api.export.mockRejectedValue(new ApiError('RATE_LIMITED', [], 60));
    const { element, click } = await render();
    await click('Entries as CSV');
    expect(saved).toHaveLength(0);
    expect(element.textContent).toContain('Too many attempts. Try again in 60 seconds.');
  });
});
