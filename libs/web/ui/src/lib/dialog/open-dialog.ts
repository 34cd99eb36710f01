import type { Injector, Type } from '@angular/core';
import type { MatDialogConfig } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

/**
 * Opens a dialog whose code, and Material's dialog and overlay, load on first
 * use: the pages that offer it download none of it up front. Resolves with
 * the dialog's result once it closes (undefined when dismissed).
 */
export async function openDialog<C, D, R>(
  injector: Injector,
  component: () => Promise<Type<C>>,
  config: MatDialogConfig<D>,
): Promise<R | undefined> {
  const [{ MatDialog }, type] = await Promise.all([import('@angular/material/dialog'), component()]);
  return firstValueFrom(injector.get(MatDialog).open<C, D, R>(type, config).afterClosed());
}
