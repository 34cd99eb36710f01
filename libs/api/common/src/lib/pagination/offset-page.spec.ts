import { ValidationException } from '../errors/validation.exception';
import { encodeOffsetCursor, toOffsetConnection, toOffsetPage } from './offset-page';

describe(toOffsetPage.name, () => {
  it('starts at 0 and continues after the cursor', () => {
    expect(toOffsetPage(20, null)).toEqual({ offset: 0, limit: 20 });
    expect(toOffsetPage(10, encodeOffsetCursor(19))).toEqual({ offset: 20, limit: 10 });
  });

  it('rejects page sizes out of range and forged cursors', () => {
    expect(() => toOffsetPage(0, null)).toThrow(ValidationException);
    expect(() => toOffsetPage(101, null)).toThrow(ValidationException);
    expect(() => toOffsetPage(10, 'not-a-cursor')).toThrow(ValidationException);
  });
});

describe(toOffsetConnection.name, () => {
  it('builds edges with cursors and page info', () => {
    const connection = toOffsetConnection(['c', 'd'], { offset: 2, limit: 2 }, 5);
    expect(connection.edges.map((edge) => edge.node)).toEqual(['c', 'd']);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeOffsetCursor(2),
      endCursor: encodeOffsetCursor(3),
    });
    expect(toOffsetConnection([], { offset: 0, limit: 10 }, 0).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
