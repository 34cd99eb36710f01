import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ProgressSharing')
export class ProgressSharingOutput {
  @Field(() => ID)
  challengeId!: string;

  @Field({ description: 'The patron chose to show this challenge on a public page.' })
  enabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The public page, e.g. /p/<slug>/2026, while enabled; its card images add .svg and .png.',
  })
  path!: string | null;
}
