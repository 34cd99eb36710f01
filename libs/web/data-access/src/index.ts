export { provideGraphqlClient } from './lib/graphql/provide-graphql-client';
export { GraphqlClient } from './lib/graphql/graphql-client.service';
export { ApiError, type ApiErrorCode } from './lib/errors/api-error';
export { toApiError } from './lib/errors/to-api-error';
export { SessionStore, type SessionUser } from './lib/session/session.store';
export { requireLoginGuard, guestOnlyGuard } from './lib/session/auth.guards';
export { isStaff, librarianGuard } from './lib/session/librarian.guard';
export { safeReturnUrl } from './lib/session/safe-return-url';
export { DisplayNameSuggestions } from './lib/accounts/display-name-suggestions.service';
export type { Locale, Role, UserFieldsFragment } from './generated/graphql';
// Tiny and needed by the app's routes, so in the main entry rather than the discussion one.
export { CATEGORY_THREAD_SECTION, lazySlot, type LazyComponent } from './lib/discussion/discussion-slots';
