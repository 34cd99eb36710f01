import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import type { ThreadModerationRequest } from './moderation-events';
import { ThreadModerationControls, type ModeratableThread } from './thread-moderation-controls.component';

@Component({
  imports: [ThreadModerationControls],
  template: `<lh-thread-moderation-controls [thread]="thread()" (moderate)="requests.push($event)" />`,
})
class Host {
  readonly thread = signal<ModeratableThread>({ id: 't1', pinnedAt: null, lockedAt: null });
  readonly requests: ThreadModerationRequest[] = [];
}

describe(ThreadModerationControls.name, () => {
  let reason: string | undefined;
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(reason) })) };
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  function render() {
    TestBed.configureTestingModule({
      imports: [Host, translocoTesting()],
      providers: [{ provide: MatDialog, useValue: dialog }],
    });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    return { fixture, host: fixture.componentInstance, element, button };
  }

  beforeEach(() => dialog.open.mockClear());

  it('pins at once, without asking for a reason', async () => {
    const { host, button } = render();
    button('Pin').click();
    await settle();
    expect(dialog.open).not.toHaveBeenCalled();
    expect(host.requests).toEqual([{ threadId: 't1', action: 'PIN', reason: null }]);
  });

  it('asks why before locking and emits the reason', async () => {
    const { host, button } = render();
    reason = 'Heated argument';
    button('Lock').click();
    await settle();
    expect(dialog.open).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        data: { titleKey: 'moderation.thread.lockTitle', submitKey: 'moderation.thread.lock' },
      }),
    );
    expect(host.requests).toEqual([{ threadId: 't1', action: 'LOCK', reason: 'Heated argument' }]);
  });

  it('offers unpin and unlock on a pinned, locked thread; a cancelled reason emits nothing', async () => {
    const { fixture, host, element, button } = render();
    host.thread.set({ id: 't1', pinnedAt: '2026-11-25T08:00:00Z', lockedAt: '2026-11-25T08:00:00Z' });
    fixture.detectChanges();
    expect([...element.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual(['Unpin', 'Unlock']);

    reason = undefined;
    button('Unlock').click();
    await settle();
    expect(host.requests).toEqual([]);
  });
});
