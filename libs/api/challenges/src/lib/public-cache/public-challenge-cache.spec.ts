import { ChallengeStatus } from '../enums/challenge-status.enum';
import { PublicChallengeCache } from './public-challenge-cache';

const answer = (title: string) => ({ data: { challenge: { title } } });

describe(PublicChallengeCache.name, () => {
  it('gives back an answer only at the version it was read at', () => {
    const cache = new PublicChallengeCache();
    const request = {};
    cache.noteRead(request, { version: '7', status: ChallengeStatus.PUBLISHED });
    cache.keep('key', request, answer('a'));

    expect(cache.versionOf('key')).toBe('7');
    expect(cache.answer('key', '7')).toEqual(answer('a'));
    expect(cache.answer('key', '8')).toBeNull();
    expect(cache.answer('other', '7')).toBeNull();
  });

  it('keeps nothing for a draft, an answer with errors or a request that read no challenge', () => {
    const cache = new PublicChallengeCache();
    const draft = {};
    cache.noteRead(draft, { version: '1', status: ChallengeStatus.DRAFT });
    cache.keep('draft', draft, answer('a'));
    const failed = {};
    cache.noteRead(failed, { version: '1', status: ChallengeStatus.PUBLISHED });
    cache.keep('failed', failed, { data: null, errors: [{ message: 'no' }] });
    cache.keep('unread', {}, answer('a'));

    expect([cache.versionOf('draft'), cache.versionOf('failed'), cache.versionOf('unread')]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('forgets the least recently used answer beyond 100', () => {
    const cache = new PublicChallengeCache();
    const request = {};
    cache.noteRead(request, { version: '1', status: ChallengeStatus.ARCHIVED });
    for (let index = 0; index < 100; index += 1) cache.keep(`key-${index}`, request, answer(String(index)));
    cache.answer('key-0', '1');
    cache.keep('key-100', request, answer('100'));

    expect(cache.versionOf('key-0')).toBe('1');
    expect(cache.versionOf('key-1')).toBeNull();
    expect(cache.versionOf('key-100')).toBe('1');
  });
});
