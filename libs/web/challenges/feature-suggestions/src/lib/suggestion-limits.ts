/** The API's bounds for a suggestion's text (libs/api/discussion suggestion-limits), checked before sending. */
export const SUGGESTION_TEXT_MIN_LENGTH = 5;
export const SUGGESTION_TEXT_MAX_LENGTH = 300;
