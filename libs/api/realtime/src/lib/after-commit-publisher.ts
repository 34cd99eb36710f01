import { Inject, Injectable } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { PubSub } from './pub-sub';

/**
 * Publishes once the caller's transaction has committed, so no subscriber
 * hears of (and loads) a row that is not visible yet or never will be. With a
 * manager outside a transaction it publishes at once. Registered as a TypeORM
 * subscriber to see commits and rollbacks. A rolled-back savepoint inside a
 * committed transaction does not take its messages back: publish from the
 * outermost unit of work.
 */
@Injectable()
export class AfterCommitPublisher implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Array<{ topic: string; payload: unknown }>>();

  constructor(
    @Inject(PubSub) private readonly pubSub: PubSub,
    dataSource: DataSource,
  ) {
    dataSource.subscribers.push(this);
  }

  async publish(manager: EntityManager, topic: string, payload: unknown): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return this.pubSub.publish(topic, payload);
    const queue = this.pending.get(runner) ?? [];
    queue.push({ topic, payload });
    this.pending.set(runner, queue);
  }

  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    if (queryRunner.isTransactionActive) return; // only a savepoint was released
    const queue = this.pending.get(queryRunner);
    this.pending.delete(queryRunner);
    for (const { topic, payload } of queue ?? []) await this.pubSub.publish(topic, payload);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
  }
}
