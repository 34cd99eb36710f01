import { Injectable, signal } from '@angular/core';

/**
 * The signed-in user's unread notification count. The bell (loaded after
 * start-up) keeps it; the shell's phone menu button shows it too, without
 * loading the bell's code.
 */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  readonly count = signal(0);
}
