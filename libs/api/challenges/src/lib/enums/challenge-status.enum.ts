import { registerEnumType } from '@nestjs/graphql';

export enum ChallengeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

registerEnumType(ChallengeStatus, { name: 'ChallengeStatus' });
