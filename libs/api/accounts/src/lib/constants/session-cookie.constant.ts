/** Name of the httpOnly cookie that carries the session token for the web app. */
export const SESSION_COOKIE = 'lh_session';
