import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';

/** The librarian area's links (challenges and the book catalogue). Its text lives in the `librarian` scope, loaded only when staff see this link. */
@Component({
  selector: 'lh-librarian-nav-link',
  imports: [MatButton, RouterLink, RouterLinkActive, TranslocoPipe],
  providers: [provideTranslocoScope('librarian')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<a
      mat-button
      routerLink="/librarian/challenges"
      routerLinkActive="lh-active"
      ariaCurrentWhenActive="page"
      >{{ 'librarian.nav.link' | transloco }}</a
    >
    <a mat-button routerLink="/librarian/catalogue" routerLinkActive="lh-active" ariaCurrentWhenActive="page">{{
      'librarian.nav.catalogue' | transloco
    }}</a>`,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class LibrarianNavLink {}
