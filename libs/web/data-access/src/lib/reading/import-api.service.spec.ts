import { ApiError } from '../errors/api-error';
import { ImportApi } from './import-api.service';

/** Stands in for the browser's XMLHttpRequest: records the request, answers when told. */
class FakeRequest {
  static last: FakeRequest;
  readonly headers: Record<string, string> = {};
  readonly upload: { onprogress?: (event: Partial<ProgressEvent>) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  method = '';
  url = '';
  body = '';
  status = 0;
  responseText = '';

  constructor() {
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: string) {
    this.body = body;
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
}

describe(ImportApi.name, () => {
  const original = globalThis.XMLHttpRequest;
  beforeEach(() => {
    globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
  });
  afterEach(() => {
    globalThis.XMLHttpRequest = original;
  });

  it('posts the mutation with the operation header, reports upload progress and resolves with the report', async () => {
    const progress: number[] = [];
    const done = new ImportApi().importGoodreadsCsv('c1', 'Title\nKirja\n', (share) => progress.push(share));
    const request = FakeRequest.last;
    expect({ method: request.method, url: request.url, headers: request.headers }).toEqual({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-apollo-operation-name': 'ImportGoodreadsCsv' },
    });
    expect(JSON.parse(request.body)).toMatchObject({
      operationName: 'ImportGoodreadsCsv',
      variables: { challengeId: 'c1', csv: 'Title\nKirja\n' },
    });
    request.upload.onprogress?.({ lengthComputable: true, loaded: 25, total: 100 });
    request.upload.onload?.();
    const report = { imported: 1, skipped: [], shortenedReviews: [] };
    request.answer(200, { data: { importGoodreadsCsv: report } });
    expect(await done).toEqual(report);
    expect(progress).toEqual([0.25, 1]);
  });

  it("rejects with the API's error and field", async () => {
    const done = new ImportApi().importGoodreadsCsv('c1', 'x', () => undefined);
    FakeRequest.last.answer(200, {
      data: null,
      errors: [{ message: 'm', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'csv', code: 'NOT_CSV' }] } }],
    });
    const error = await done.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect({ ...(error as ApiError) }).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'csv', code: 'NOT_CSV' }],
      name: 'ApiError',
      retryAfterSeconds: undefined,
    });
  });

  it('reads a body refused by its size (413) as FILE_TOO_LARGE', async () => {
    const done = new ImportApi().importGoodreadsCsv('c1', 'x', () => undefined);
    FakeRequest.last.answer(413, { statusCode: 413, message: 'Request body is too large' });
    const error = (await done.catch((caught: unknown) => caught)) as ApiError;
    expect(error.fieldError('csv')?.code).toBe('FILE_TOO_LARGE');
  });
});
