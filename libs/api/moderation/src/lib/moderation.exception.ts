import { TabledDomainException, type DomainErrorDetails } from '@lukuhaaste/api/common';

export enum ModerationExceptionCode {
  ALREADY_REPORTED = 'ALREADY_REPORTED',
  REPORT_DECIDED = 'REPORT_DECIDED',
  NO_CHANGE = 'NO_CHANGE',
  CANNOT_SUSPEND_STAFF = 'CANNOT_SUSPEND_STAFF',
  CANNOT_SUSPEND_SELF = 'CANNOT_SUSPEND_SELF',
}

const DETAILS: Record<ModerationExceptionCode, DomainErrorDetails> = {
  ALREADY_REPORTED: {
    graphqlCode: 'CONFLICT',
    message: 'You have already reported this; a moderator will look at it.',
  },
  REPORT_DECIDED: { graphqlCode: 'CONFLICT', message: 'This report has already been resolved or dismissed.' },
  // Usually two moderators acting on the same item at once: the second one learns the first was quicker.
  NO_CHANGE: { graphqlCode: 'CONFLICT', message: 'It is already in that state.' },
  CANNOT_SUSPEND_STAFF: { graphqlCode: 'FORBIDDEN', message: 'Librarians and admins cannot be suspended.' },
  CANNOT_SUSPEND_SELF: { graphqlCode: 'FORBIDDEN', message: 'You cannot suspend yourself.' },
};

export class ModerationException extends TabledDomainException<ModerationExceptionCode> {
  constructor(code: ModerationExceptionCode) {
    super(code, DETAILS);
  }
}
