/** The API's limits (contract of issue #8): the composer counts towards them before sending. */
export const COMMENT_MAX_LENGTH = 4000;
export const THREAD_TITLE_MIN_LENGTH = 3;
export const THREAD_TITLE_MAX_LENGTH = 120;
/** Top-level comments per page of the thread page. */
export const COMMENTS_PAGE_SIZE = 20;
