import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@lukuhaaste/api/accounts';
import { BooksModule } from '@lukuhaaste/api/books';
import { ChallengesModule } from '@lukuhaaste/api/challenges';
import { NotificationsModule } from '@lukuhaaste/api/notifications';
import { DISCUSSION_ENTITIES } from './discussion.entities';
import { CommentFieldsResolver } from './resolvers/comment-fields.resolver';
import { CommentsResolver } from './resolvers/comments.resolver';
import { NotificationTargetsResolver } from './resolvers/notification-targets.resolver';
import { ThreadEventsResolver } from './resolvers/thread-events.resolver';
import { ThreadFieldsResolver } from './resolvers/thread-fields.resolver';
import { ThreadsResolver } from './resolvers/threads.resolver';
import { CommentBookReferences } from './services/comment-book-references.service';
import { DiscussionPersonalData } from './services/discussion-personal-data.service';
import { CommentNotifier } from './services/comment-notifier.service';
import { CommentQueries } from './services/comment-queries.service';
import { CommentsService } from './services/comments.service';
import { DiscussionModeration } from './services/discussion-moderation.service';
import { MarkdownPreview } from './services/markdown-preview.service';
import { ReactionsService } from './services/reactions.service';
import { ThreadAccess } from './services/thread-access.service';
import { ThreadEvents } from './services/thread-events.service';
import { ThreadsService } from './services/threads.service';
import { SuggestionsModeration } from './suggestions/services/suggestions-moderation.service';
import { SUGGESTION_RESOLVERS, SUGGESTION_SERVICES } from './suggestions/suggestions.providers';

export const DISCUSSION_RESOLVERS = [
  ThreadsResolver,
  ThreadFieldsResolver,
  CommentsResolver,
  CommentFieldsResolver,
  ThreadEventsResolver,
  NotificationTargetsResolver,
  ...SUGGESTION_RESOLVERS,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(DISCUSSION_ENTITIES),
    AccountsModule,
    BooksModule,
    ChallengesModule,
    NotificationsModule,
  ],
  providers: [
    ThreadAccess,
    ThreadEvents,
    ThreadsService,
    CommentsService,
    CommentNotifier,
    CommentQueries,
    ReactionsService,
    MarkdownPreview,
    CommentBookReferences,
    DiscussionPersonalData,
    DiscussionModeration,
    ...SUGGESTION_SERVICES,
    ...DISCUSSION_RESOLVERS,
  ],
  exports: [DiscussionModeration, ThreadAccess, CommentQueries, SuggestionsModeration],
})
export class DiscussionModule {}
