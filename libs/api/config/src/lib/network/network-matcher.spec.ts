import { createNetworkMatcher } from './network-matcher';
import { parseNetworkList, parseNetworkRange } from './network-range';

function matcherFor(list: string): (ip: string) => boolean {
  const parsed = parseNetworkList(list);
  if (!('ranges' in parsed)) throw new Error(`bad test list ${list}`);
  return createNetworkMatcher(parsed.ranges);
}

describe(parseNetworkRange.name, () => {
  it.each([
    ['10.0.0.0/8', { address: '10.0.0.0', prefix: 8, family: 'ipv4' }],
    ['192.0.2.7', { address: '192.0.2.7', prefix: 32, family: 'ipv4' }],
    [' 2001:db8::/32 ', { address: '2001:db8::', prefix: 32, family: 'ipv6' }],
    ['::1', { address: '::1', prefix: 128, family: 'ipv6' }],
  ])('reads %s', (text, expected) => {
    expect(parseNetworkRange(text)).toEqual(expected);
  });

  it.each([
    '10.0.0.0/33',
    '2001:db8::/129',
    '10.0.0/8',
    '10.0.0.0/-1',
    '10.0.0.0/8/8',
    'library.example',
    '',
    '10.0.0.0/',
  ])('refuses %j', (text) => {
    expect(parseNetworkRange(text)).toBeNull();
  });
});

describe(parseNetworkList.name, () => {
  it('names the first bad entry', () => {
    expect(parseNetworkList('10.0.0.0/8, nope/3, 192.0.2.0/24')).toEqual({ invalid: 'nope/3' });
  });
});

describe(createNetworkMatcher.name, () => {
  const trusted = matcherFor('10.20.0.0/16, 192.0.2.7, 2001:db8:abcd::/48');

  it.each([
    ['10.20.255.1', true],
    ['10.21.0.1', false],
    ['192.0.2.7', true],
    ['192.0.2.8', false],
    ['::ffff:10.20.3.4', true],
    ['::FFFF:10.21.3.4', false],
    ['2001:db8:abcd:12::5', true],
    ['2001:db8:abce::5', false],
    ['not an address', false],
  ])('%s → %s', (ip, expected) => {
    expect(trusted(ip)).toBe(expected);
  });

  it('trusts nobody when the list is empty', () => {
    expect(matcherFor('')('127.0.0.1')).toBe(false);
  });
});
