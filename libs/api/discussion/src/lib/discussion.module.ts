import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DISCUSSION_ENTITIES } from './discussion.entities';

@Module({
  imports: [TypeOrmModule.forFeature(DISCUSSION_ENTITIES)],
})
export class DiscussionModule {}
