import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class DeleteMyAccountInput {
  @Field({ description: 'The current password, to confirm.' })
  password!: string;
}
