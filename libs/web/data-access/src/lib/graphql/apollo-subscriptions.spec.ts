import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { ThreadEventsDocument } from '../../generated/discussion';
import { ApiError } from '../errors/api-error';
import { apolloSubscriptions } from './apollo-subscriptions';

describe(apolloSubscriptions.name, () => {
  function setUp() {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    return { executor: apolloSubscriptions(TestBed.inject(Apollo)), backend: TestBed.inject(ApolloTestingController) };
  }

  it('passes each result’s data on and maps GraphQL errors to ApiError', () => {
    const { executor, backend } = setUp();
    const received: unknown[] = [];
    const errors: unknown[] = [];
    executor
      .subscribe(ThreadEventsDocument, { threadId: 't1' })
      .subscribe({ next: (data) => received.push(data.threadEvents.kind), error: (error) => errors.push(error) });

    const operation = backend.expectOne('ThreadEvents');
    expect(operation.operation.variables).toEqual({ threadId: 't1' });
    operation.flushData({
      threadEvents: {
        __typename: 'ThreadEvent',
        kind: 'THREAD_LOCKED',
        threadId: 't1',
        commentId: null,
        comment: null,
        thread: null,
      },
    });
    operation.graphqlErrors([{ message: 'gone', extensions: { code: 'NOT_FOUND' } }]);

    expect(received).toEqual(['THREAD_LOCKED']);
    expect(errors).toEqual([new ApiError('NOT_FOUND')]);
    expect((errors[0] as ApiError).code).toBe('NOT_FOUND');
  });
});
