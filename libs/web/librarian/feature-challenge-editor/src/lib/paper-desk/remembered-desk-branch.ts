import { DOCUMENT, inject, Injectable } from '@angular/core';

const KEY = 'lukuhaaste-paper-desk-branch';

/** The branch whose desk this browser records at, kept between visits (the desk computer stays at one desk). */
@Injectable({ providedIn: 'root' })
export class RememberedDeskBranch {
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage ?? null;

  get(): string | null {
    return this.storage?.getItem(KEY) ?? null;
  }

  set(branchId: string): void {
    this.storage?.setItem(KEY, branchId);
  }
}
