import { TestBed } from '@angular/core/testing';
import { NEVER } from 'rxjs';
import { GraphqlClient } from './graphql-client.service';
import {
  GRAPHQL_EXECUTOR_LOADER,
  GRAPHQL_QUERY_RUNNER,
  GRAPHQL_SUBSCRIPTIONS,
  type GraphqlExecutor,
} from './graphql-executor';

describe(GraphqlClient.name, () => {
  it('on reset moves open subscriptions to the new session and makes Apollo forget the previous user', async () => {
    const calls: string[] = [];
    const executor = { reset: async () => void calls.push('apollo reset') } as unknown as GraphqlExecutor;
    TestBed.configureTestingModule({
      providers: [
        { provide: GRAPHQL_EXECUTOR_LOADER, useValue: () => Promise.resolve(executor) },
        { provide: GRAPHQL_QUERY_RUNNER, useValue: () => Promise.reject(new Error('no queries here')) },
        {
          provide: GRAPHQL_SUBSCRIPTIONS,
          useValue: { subscribe: () => NEVER, restart: () => calls.push('socket restart') },
        },
      ],
    });

    await TestBed.inject(GraphqlClient).reset();

    expect(calls).toEqual(['socket restart', 'apollo reset']);
  });
});
