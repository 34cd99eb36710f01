import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class EditCommentInput {
  @Field(() => String)
  body!: string;

  @Field(() => Boolean, { nullable: true, description: 'Omit to keep the current flag.' })
  containsSpoilers?: boolean | null;
}
