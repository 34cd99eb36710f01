import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectEntityManager } from '@nestjs/typeorm';
import { userByIdLoader, UserOutput, type AppRequest, type UserEntity } from '@lukuhaaste/api/accounts';
import type { EntityManager } from 'typeorm';
import { NotificationOutput } from '../dtos/notification.output';
import type { NotificationEntity } from '../entities/notification.entity';

@Resolver(() => NotificationOutput)
export class NotificationActorResolver {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  @ResolveField(() => UserOutput, {
    nullable: true,
    description: 'Who replied or mentioned; null for report outcomes.',
  })
  async actor(@Parent() notification: NotificationEntity, @Context('req') req: AppRequest): Promise<UserEntity | null> {
    return notification.actorId ? userByIdLoader(req, this.manager).load(notification.actorId) : null;
  }
}
