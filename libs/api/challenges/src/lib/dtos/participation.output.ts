import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * `challenge` is resolved here; `entries` is added by the reading context
 * with @ResolveField(() => …) on @Resolver(() => ParticipationOutput).
 */
@ObjectType('Participation')
export class ParticipationOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  joinedAt!: Date;

  @Field(() => Int, { description: 'Categories filled; kept exact in the same transaction as the entries.' })
  completedCount!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when every category is filled; cleared if an entry is removed again.',
  })
  completedAt!: Date | null;
}
