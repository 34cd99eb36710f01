import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'lh-not-allowed-page',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'librarian.notAllowed.title' | transloco }}</h1>
    <p>{{ 'librarian.notAllowed.body' | transloco }}</p>
    <p>
      <a routerLink="/">{{ 'librarian.notAllowed.home' | transloco }}</a>
    </p>
  `,
})
export class NotAllowedPage {}
