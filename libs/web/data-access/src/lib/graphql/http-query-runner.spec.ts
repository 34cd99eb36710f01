import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MeDocument } from '../../generated/graphql';
import { ApiError } from '../errors/api-error';
import { httpQueryRunner } from './http-query-runner';

const maija = { id: 'u1', displayName: 'Lukutoukka' };

/** Lets the lazily imported printer load before the test looks for the request. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

function setUp() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return {
    run: TestBed.runInInjectionContext(httpQueryRunner),
    backend: TestBed.inject(HttpTestingController),
  };
}

describe(httpQueryRunner.name, () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('posts the named, printed query and resolves with its data', async () => {
    const { run, backend } = setUp();
    const result = run(MeDocument);
    await settle();
    const request = backend.expectOne('/graphql');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      operationName: 'Me',
      query: expect.stringContaining('fragment UserFields on User'),
      variables: {},
    });
    request.flush({ data: { me: maija } });

    await expect(result).resolves.toEqual({ me: maija });
  });

  it('keeps the app unstable from the call until the answer, so a server render waits for the query', async () => {
    const { run, backend } = setUp();
    const appRef = TestBed.inject(ApplicationRef);
    let stable = true;
    const watching = appRef.isStable.subscribe((value) => (stable = value));
    const result = run(MeDocument);
    expect(stable).toBe(false); // before the printer has even loaded
    await settle();
    backend.expectOne('/graphql').flush({ data: { me: null } });
    await result;
    await settle();
    expect(stable).toBe(true);
    watching.unsubscribe();
  });

  it("rejects with the API's error code from the answer's errors", async () => {
    const { run, backend } = setUp();
    const result = run(MeDocument);
    await settle();
    backend.expectOne('/graphql').flush({ data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });

    await expect(result).rejects.toEqual(new ApiError('FORBIDDEN'));
  });

  it('reads a refused request as rate limiting, and an unreachable API as a network error', async () => {
    const { run, backend } = setUp();
    const limited = run(MeDocument);
    await settle();
    backend.expectOne('/graphql').flush('slow down', { status: 429, statusText: 'Too Many Requests' });
    await expect(limited).rejects.toMatchObject({ code: 'RATE_LIMITED' });

    const offline = run(MeDocument);
    await settle();
    backend.expectOne('/graphql').error(new ProgressEvent('error'));
    await expect(offline).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
