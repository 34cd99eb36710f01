import { DOCUMENT, NgComponentOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  signal,
  viewChild,
  type Type,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import type { Locale } from '@lukuhaaste/shared/util-rules';
import { isStaff, SessionStore } from '@lukuhaaste/web/data-access';
import { LanguageSwitch } from '@lukuhaaste/web/ui/shell';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { LibrarianNavLink } from './librarian-nav-link/librarian-nav-link.component';
import { UnreadNotifications } from './notifications-bell/unread-notifications.store';

/**
 * The shell: top bar, phone menu and the routed page. It uses no Material
 * component (the bar's `lh-bar-button`s are styled like text buttons): esbuild
 * puts a whole module in the initial bundle once the shell reaches it, so
 * importing MatButton here would pull the CDK's a11y code, and every part of it
 * that any lazy page uses, into the first download.
 */
@Component({
  selector: 'lh-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitch,
    LibrarianNavLink,
    NgComponentOutlet,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'closeMenu()' },
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  /** Librarians and admins see the link to the librarian area. */
  protected readonly isStaff = computed(() => isStaff(this.session.user()?.role));
  /** The phone menu; wide screens show its contents in the bar and ignore this. */
  protected readonly menuOpen = signal(false);
  private readonly menuToggle = viewChild.required<ElementRef<HTMLButtonElement>>('menuToggle');
  /** The notifications bell, loaded on the first login: its menu and API stay out of the initial bundle. */
  protected readonly notificationsBell = signal<Type<unknown> | null>(null);
  private readonly unreadNotifications = inject(UnreadNotifications).count;
  /** On phones the bell sits in the closed menu, so its button carries the unread count too. */
  protected readonly menuUnread = computed(() =>
    this.session.isLoggedIn() && !this.menuOpen() ? this.unreadNotifications() : 0,
  );

  constructor() {
    void this.session.whenReady();
    // A logged-in user's saved language wins over this browser's.
    effect(() => {
      const locale = this.session.user()?.locale;
      if (locale) void this.language.use(locale);
    });
    effect(() => {
      if (!this.session.isLoggedIn() || this.notificationsBell()) return;
      void import('./notifications-bell/notifications-bell.component').then((m) =>
        this.notificationsBell.set(m.NotificationsBell),
      );
    });
    // Following a link from the phone menu should show the page, not the menu.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  /** Escape closes the phone menu and returns focus to its button. */
  protected closeMenu(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuToggle().nativeElement.focus();
  }

  protected changeLanguage(locale: Locale): void {
    void this.language.use(locale);
    if (this.session.isLoggedIn() && this.session.user()?.locale !== locale) {
      // Remember the choice on the account too; the switch already happened if saving fails.
      this.session.updateProfile({ locale }).catch(() => undefined);
    }
  }

  protected async logout(): Promise<void> {
    try {
      await this.session.logout();
    } finally {
      await this.router.navigateByUrl('/');
    }
  }

  /** A plain `#main` link would leave the current route, so move focus instead. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }
}
