import { createTestBook } from '@lukuhaaste/api/books/testing';
import { describeAuthorizationMatrix } from './support/authorization-matrix';
import { startTestApp, type TestApp } from './support/test-app';

/** Reading the catalogue is public, flagging needs a login, correcting and merging is for staff. */
describe('books authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const everyone = { anonymous: 'ok', patron: 'ok', librarian: 'ok', admin: 'ok' } as const;
  const signedIn = { anonymous: 'UNAUTHENTICATED', patron: 'ok', librarian: 'ok', admin: 'ok' } as const;
  const staff = { anonymous: 'UNAUTHENTICATED', patron: 'FORBIDDEN', librarian: 'ok', admin: 'ok' } as const;

  // Each row gets fresh books, so one actor's success (a merge, a flag) never changes the next actor's case.
  const newBook = async () => (await createTestBook(t.dataSource)).id;

  describeAuthorizationMatrix(() => t, {
    books: { operation: '{ books { totalCount } }', expected: everyone },
    book: {
      operation: 'query($id: ID) { book(id: $id) { id } }',
      variables: async () => ({ id: await newBook() }),
      expected: everyone,
    },
    flagBook: {
      operation: 'mutation($id: ID!) { flagBook(bookId: $id, reason: WRONG_TITLE) { id } }',
      variables: async () => ({ id: await newBook() }),
      expected: signedIn,
    },
    flaggedBooks: { operation: '{ flaggedBooks { totalCount } }', expected: staff },
    resolveBookFlags: {
      operation: 'mutation($id: ID!) { resolveBookFlags(bookId: $id) }',
      variables: async () => ({ id: await newBook() }),
      expected: staff,
    },
    updateBook: {
      operation: 'mutation($id: ID!) { updateBook(id: $id, input: { title: "Korjattu" }) { id } }',
      variables: async () => ({ id: await newBook() }),
      expected: staff,
    },
    mergeBooks: {
      operation:
        'mutation($source: ID!, $target: ID!) { mergeBooks(sourceId: $source, targetId: $target) { movedEntries } }',
      variables: async () => ({ source: await newBook(), target: await newBook() }),
      expected: staff,
    },
  });
});
