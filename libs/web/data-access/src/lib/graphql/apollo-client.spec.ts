import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LogoutDocument } from '../../generated/graphql';
import { ApiError } from '../errors/api-error';
import { createGraphqlExecutor } from './apollo-client';

describe(createGraphqlExecutor.name, () => {
  function setUp() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const executor = createGraphqlExecutor(TestBed.inject(EnvironmentInjector));
    return { executor, http: TestBed.inject(HttpTestingController) };
  }

  it('sends mutations over HTTP to the API on the page’s origin', async () => {
    const { executor, http } = setUp();
    const logout = executor.mutate(LogoutDocument);

    const request = http.expectOne('/graphql');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toMatchObject({ operationName: 'Logout' });
    request.flush({ data: { logout: true } });

    await expect(logout).resolves.toEqual({ logout: true });
    http.verify();
  });

  it('maps a mutation’s GraphQL errors to ApiError', async () => {
    const { executor, http } = setUp();
    const logout = executor.mutate(LogoutDocument);

    http
      .expectOne('/graphql')
      .flush({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });

    await expect(logout).rejects.toEqual(new ApiError('UNAUTHENTICATED'));
  });
});
