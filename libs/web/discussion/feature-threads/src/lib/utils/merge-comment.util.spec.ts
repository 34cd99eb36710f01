import { aComment, aReply } from '../../testing-fixtures';
import { appendComment, contains, mergeComment } from './merge-comment.util';

describe('merge-comment utils', () => {
  const items = [aComment('c1', { replies: [aReply('r1', 'c1')], replyCount: 1 }), aComment('c2')];

  it('replaces a top-level comment in place, leaving out replies still waiting behind the pill', () => {
    const fresh = aComment('c1', {
      bodyHtml: '<p>new</p>',
      replies: [aReply('r1', 'c1'), aReply('r2', 'c1')],
      replyCount: 2,
    });
    const merged = mergeComment(items, fresh, new Set(['r2']));
    expect(merged.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(merged[0].bodyHtml).toBe('<p>new</p>');
    expect(merged[0].replies.map((r) => r.id)).toEqual(['r1']);
  });

  it('replaces a reply under its parent', () => {
    const merged = mergeComment(items, aReply('r1', 'c1', { deletedAt: '2026-11-21T08:00:00Z' }), new Set());
    expect(merged[0].replies[0].deletedAt).toBe('2026-11-21T08:00:00Z');
  });

  it('appends new comments at the end and new replies at the end of their parent, once', () => {
    let result = appendComment(items, aComment('c3'));
    result = appendComment(result, aReply('r2', 'c1'));
    result = appendComment(result, aReply('r2', 'c1'));
    expect(result.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(result[0].replies.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(result[0].replyCount).toBe(2);
    expect(contains(result, 'r2')).toBe(true);
    expect(contains(result, 'nope')).toBe(false);
  });
});
