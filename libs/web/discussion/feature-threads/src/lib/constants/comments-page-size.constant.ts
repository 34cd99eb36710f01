/** Top-level comments per page of the thread page. */
export const COMMENTS_PAGE_SIZE = 20;
