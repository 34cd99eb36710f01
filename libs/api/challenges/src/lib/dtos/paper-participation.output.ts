import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PaperParticipation', { description: 'A printed list returned at a library desk; anonymous.' })
export class PaperParticipationOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  challengeId!: string;

  @Field(() => ID)
  branchId!: string;

  @Field(() => Int)
  completedCategories!: number;

  @Field()
  recordedAt!: Date;
}
