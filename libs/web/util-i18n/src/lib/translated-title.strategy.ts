import { inject, Injectable } from '@angular/core';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';
import { PageMeta } from './page-meta.service';

/**
 * Route titles are translation keys; PageMeta writes the document title as
 * "Page – App" in the current language (or the page's own name, if it gives one).
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly pageMeta = inject(PageMeta);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageMeta.routeChanged(this.buildTitle(snapshot), snapshot.url);
  }
}
