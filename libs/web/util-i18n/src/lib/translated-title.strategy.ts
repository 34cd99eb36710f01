import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

/**
 * Route titles are translation keys; the document title reads "Page – App"
 * in the current language and follows language switches.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private snapshot?: RouterStateSnapshot;

  constructor() {
    super();
    this.transloco.langChanges$.subscribe(() => this.apply());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.snapshot = snapshot;
    this.apply();
  }

  private apply(): void {
    const key = this.snapshot && this.buildTitle(this.snapshot);
    const app = this.transloco.translate('app.title');
    this.title.setTitle(key ? `${this.transloco.translate(key)} – ${app}` : app);
  }
}
