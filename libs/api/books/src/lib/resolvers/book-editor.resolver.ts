import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type UserEntity } from '@lukuhaaste/api/accounts';
import { BookMergeResult } from '../dtos/book-merge.output';
import { BookOutput } from '../dtos/book.output';
import { UpdateBookInput } from '../dtos/update-book.input';
import type { BookEntity } from '../entities/book.entity';
import { BookEditorService } from '../services/book-editor.service';

@Roles(Role.LIBRARIAN, Role.ADMIN)
@Resolver()
export class BookEditorResolver {
  constructor(private readonly editor: BookEditorService) {}

  @Mutation(() => BookOutput, {
    description:
      'Corrects a catalogue book for everyone (search text follows). resolveFlags also resolves its open flags. Librarians.',
  })
  updateBook(
    @CurrentUser() librarian: UserEntity,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateBookInput,
    @Args('resolveFlags', { type: () => Boolean, nullable: true, defaultValue: false }) resolveFlags: boolean | null,
  ): Promise<BookEntity> {
    return this.editor.update(id, input, resolveFlags ?? false, librarian);
  }

  @Mutation(() => BookMergeResult, {
    description:
      'Moves every reading entry and flag of the source book to the target and deletes the source, in one transaction. Where a challenge counts a book once and the participant already placed the target book, the moved entry is kept but taken out of its category. Librarians.',
  })
  mergeBooks(
    @CurrentUser() librarian: UserEntity,
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('targetId', { type: () => ID }) targetId: string,
  ): Promise<BookMergeResult> {
    return this.editor.merge(sourceId, targetId, librarian);
  }
}
