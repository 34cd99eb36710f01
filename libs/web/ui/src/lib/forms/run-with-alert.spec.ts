import { signal } from '@angular/core';
import type { AlertMessage } from '../form-alert/form-alert.component';
import { runWithAlert } from './run-with-alert';

describe(runWithAlert.name, () => {
  const state = () => ({
    busy: signal(false),
    alert: signal<AlertMessage | null>({ key: 'errors.server' }),
    readError: (error: unknown) => error as { code: string },
  });

  it('is busy while the work runs and clears the previous alert', async () => {
    const s = state();
    const seen: boolean[] = [];

    await runWithAlert(async () => void seen.push(s.busy()), s);

    expect(seen).toEqual([true]);
    expect(s.busy()).toBe(false);
    expect(s.alert()).toBeNull();
  });

  it("shows a failure's form-level message", async () => {
    const s = state();

    await runWithAlert(() => Promise.reject({ code: 'FORBIDDEN' }), s);

    expect(s.alert()).toEqual({ key: 'errors.forbidden' });
    expect(s.busy()).toBe(false);
  });
});
