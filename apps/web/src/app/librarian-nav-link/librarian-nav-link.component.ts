import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '@lukuhaaste/web/data-access';

/** The librarian area's links (challenges, the book catalogue, statistics, moderation; branches for admins). Texts live in the `librarian` scope, loaded only when staff see this link; moderation's is in the root files, where the thread page's controls need it too. */
@Component({
  selector: 'lh-librarian-nav-link',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe],
  providers: [provideTranslocoScope('librarian')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<a
      class="lh-bar-button"
      routerLink="/librarian/challenges"
      routerLinkActive="lh-active"
      ariaCurrentWhenActive="page"
      >{{ 'librarian.nav.link' | transloco }}</a
    >
    <a
      class="lh-bar-button"
      routerLink="/librarian/catalogue"
      routerLinkActive="lh-active"
      ariaCurrentWhenActive="page"
      >{{ 'librarian.nav.catalogue' | transloco }}</a
    >
    <a class="lh-bar-button" routerLink="/librarian/stats" routerLinkActive="lh-active" ariaCurrentWhenActive="page">{{
      'librarian.nav.stats' | transloco
    }}</a>
    @if (admin()) {
      <a
        class="lh-bar-button"
        routerLink="/librarian/branches"
        routerLinkActive="lh-active"
        ariaCurrentWhenActive="page"
        >{{ 'librarian.nav.branches' | transloco }}</a
      >
    }
    <a
      class="lh-bar-button"
      routerLink="/librarian/moderation"
      routerLinkActive="lh-active"
      ariaCurrentWhenActive="page"
      >{{ 'moderation.nav.link' | transloco }}</a
    >`,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class LibrarianNavLink {
  private readonly session = inject(SessionStore);
  /** Library branches are organisation data: only admins manage them. */
  protected readonly admin = computed(() => this.session.user()?.role === 'ADMIN');
}
