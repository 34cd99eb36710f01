/**
 * Every UserEntity column under its property name, so a plain query's row
 * has the shape TypeORM would hydrate. The session lookup runs on every
 * signed-in request, where TypeORM's query building and hydration of the
 * join cost more than the statement. Keep in step with the entity (an
 * integration spec compares both).
 */
export const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.password_hash AS "passwordHash",
  u.role, u.locale, u.suspended_until AS "suspendedUntil", u.suspension_reason AS "suspensionReason",
  u.home_branch_id AS "homeBranchId", u.created_at AS "createdAt"`;
