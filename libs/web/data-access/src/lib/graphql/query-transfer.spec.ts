import { APP_ID, PLATFORM_ID, TransferState } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChallengeBySlugDocument, type ChallengeBySlugQuery } from '../../generated/reading';
import { QueryTransfer } from './query-transfer';

const variables = { slug: 'lukuhaaste-2026' };

/** A result told apart by where it came from; the rest of its shape does not matter here. */
function result(source: string): ChallengeBySlugQuery {
  return { challenge: { id: source } } as unknown as ChallengeBySlugQuery;
}

function setUp(platform: 'server' | 'browser') {
  TestBed.configureTestingModule({ providers: [{ provide: PLATFORM_ID, useValue: platform }] });
  return { transfer: TestBed.inject(QueryTransfer), state: TestBed.inject(TransferState) };
}

/** Renders the query "on the server" and puts its transfer state into the page as Angular does. */
async function pageRenderedWith(data: ChallengeBySlugQuery): Promise<void> {
  const { transfer, state } = setUp('server');
  await transfer.run(ChallengeBySlugDocument, variables, async () => data);
  const script = document.createElement('script');
  script.id = `${TestBed.inject(APP_ID)}-state`;
  script.type = 'application/json';
  script.textContent = state.toJson();
  document.body.append(script);
  TestBed.resetTestingModule();
}

describe(QueryTransfer.name, () => {
  afterEach(() => document.querySelector('script[type="application/json"]')?.remove());

  it('on the server, fetches and puts the result into the page', async () => {
    const { transfer, state } = setUp('server');

    await expect(transfer.run(ChallengeBySlugDocument, variables, async () => result('from the API'))).resolves.toEqual(
      result('from the API'),
    );
    expect(state.toJson()).toContain('from the API');
  });

  it('in the browser, takes what the server rendered once, then asks the API', async () => {
    await pageRenderedWith(result('from the page'));
    const { transfer } = setUp('browser');
    const fetch = jest.fn(async () => result('from the API'));

    await expect(transfer.run(ChallengeBySlugDocument, variables, fetch)).resolves.toEqual(result('from the page'));
    await expect(transfer.run(ChallengeBySlugDocument, variables, fetch)).resolves.toEqual(result('from the API'));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('in the browser, asks the API for the same query with other variables', async () => {
    await pageRenderedWith(result('from the page'));
    const { transfer } = setUp('browser');

    await expect(
      transfer.run(ChallengeBySlugDocument, { slug: 'other' }, async () => result('from the API')),
    ).resolves.toEqual(result('from the API'));
  });
});
