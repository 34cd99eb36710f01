import { retryDelayMs, websocketUrl } from './websocket-link';

describe(websocketUrl.name, () => {
  it('uses wss behind https and ws otherwise, on the page’s own host and port', () => {
    expect(websocketUrl({ protocol: 'https:', host: 'lukuhaaste.example.fi' })).toBe(
      'wss://lukuhaaste.example.fi/graphql',
    );
    expect(websocketUrl({ protocol: 'http:', host: 'localhost:4200' })).toBe('ws://localhost:4200/graphql');
  });
});

describe(retryDelayMs.name, () => {
  it('doubles the wait with each failed attempt, jittered over the upper half of the interval', () => {
    expect(retryDelayMs(0, () => 0)).toBe(500);
    expect(retryDelayMs(0, () => 1)).toBe(1000);
    expect(retryDelayMs(3, () => 0)).toBe(4000);
    expect(retryDelayMs(3, () => 1)).toBe(8000);
  });

  it('waits at most 30 seconds however long the server has been away', () => {
    expect(retryDelayMs(5, () => 1)).toBe(30_000);
    expect(retryDelayMs(1000, () => 1)).toBe(30_000);
    expect(retryDelayMs(1000, () => 0)).toBe(15_000);
  });
});
