import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class StartThreadInput {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => String, { description: '3–120 characters, one line.' })
  title!: string;

  @Field(() => String, { description: 'The first comment (markdown, at most 4000 characters).' })
  body!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  containsSpoilers?: boolean | null;
}
