import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReactionKind } from '../enums/reaction-kind.enum';

@ObjectType('ReactionCount')
export class ReactionCountOutput {
  @Field(() => ReactionKind)
  kind!: ReactionKind;

  @Field(() => Int)
  count!: number;

  @Field()
  reactedByMe!: boolean;
}
