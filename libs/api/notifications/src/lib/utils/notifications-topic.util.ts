/** The pub/sub topic of one user's new notifications. */
export function notificationsTopic(userId: string): string {
  return `notifications:${userId}`;
}
