import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@lukuhaaste/api/common';
import { SuggestionStatus } from '../enums/suggestion-status.enum';

/** `text`, `author`, `votedByMe`, `mergedInto`, `adoptedCategory` and `viewerCanReport` are resolved per viewer. */
@ObjectType('CategorySuggestion')
export class CategorySuggestionOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  challengeId!: string;

  @Field(() => SuggestionStatus)
  status!: SuggestionStatus;

  @Field(() => Int)
  voteCount!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set while a moderator keeps it hidden.' })
  hiddenAt!: Date | null;
}

export const CategorySuggestionConnection = ConnectionType(CategorySuggestionOutput, 'CategorySuggestion');
