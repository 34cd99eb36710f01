import { Injectable } from '@nestjs/common';
import { RateLimitService, type UserEntity } from '@lukuhaaste/api/accounts';
import { assertValid } from '@lukuhaaste/api/common';
import { DISCUSSION_RATE_LIMITS } from '../constants/discussion-limits.constant';
import { renderMarkdown } from '../markdown/render-markdown';
import { checkCommentBody } from '../utils/discussion-field-checks.util';

/** What a comment would look like, under the same limits as a comment (so it cannot render more). */
@Injectable()
export class MarkdownPreview {
  constructor(private readonly rateLimits: RateLimitService) {}

  async render(user: UserEntity, body: string): Promise<string> {
    const checked = checkCommentBody('body', body, true);
    assertValid([checked.problem]);
    await this.rateLimits.consume('discussion.preview', user.id, DISCUSSION_RATE_LIMITS.previewsPerMinute);
    return renderMarkdown(checked.value);
  }
}
