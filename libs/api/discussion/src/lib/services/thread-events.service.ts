import { Injectable } from '@nestjs/common';
import { PubSub } from '@lukuhaaste/api/realtime';
import { threadTopic, type PendingThreadEvent, type ThreadEventMessage } from '../events/thread-event-message';

/**
 * Publishes thread events. Callers publish only after their transaction
 * committed, so a subscriber that reloads the comment finds it (and never
 * hears of a change that was rolled back).
 */
@Injectable()
export class ThreadEvents {
  constructor(private readonly pubSub: PubSub) {}

  async publish(event: PendingThreadEvent | null): Promise<void> {
    if (!event) return;
    const message: ThreadEventMessage = { kind: event.kind, commentId: event.commentId };
    await this.pubSub.publish(threadTopic(event.threadId), message);
  }
}
