import { jest } from '@jest/globals';
import { MAX_QUEUED_MESSAGES, TopicListener } from './topic-listener';

describe(TopicListener.name, () => {
  it('hands out queued messages in order, then waits for the next one', async () => {
    const listener = new TopicListener<number>(() => undefined);
    listener.push(1);
    listener.push(2);
    expect(await listener.next()).toEqual({ value: 1, done: false });
    expect(await listener.next()).toEqual({ value: 2, done: false });
    const pending = listener.next();
    listener.push(3);
    expect(await pending).toEqual({ value: 3, done: false });
  });

  it('return() ends a waiting next(), drops the queue and calls onEnd once', async () => {
    const onEnd = jest.fn();
    const listener = new TopicListener<number>(onEnd);
    const pending = listener.next();
    await listener.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    listener.push(4);
    await listener.return();
    expect(await listener.next()).toEqual({ value: undefined, done: true });
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('end() lets the reader finish what is queued', async () => {
    const listener = new TopicListener<string>(() => undefined);
    listener.push('last');
    listener.end();
    expect(await listener.next()).toEqual({ value: 'last', done: false });
    expect(await listener.next()).toEqual({ value: undefined, done: true });
  });

  it('ends a subscriber that falls too far behind instead of buffering without bound', async () => {
    const onEnd = jest.fn();
    const listener = new TopicListener<number>(onEnd);
    for (let i = 0; i <= MAX_QUEUED_MESSAGES; i++) listener.push(i);
    expect(onEnd).toHaveBeenCalledTimes(1);
    const read: number[] = [];
    for await (const value of listener) read.push(value);
    expect(read).toHaveLength(MAX_QUEUED_MESSAGES);
  });
});
