import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { CommentModerationMenu, type ModeratableComment } from './comment-moderation-menu.component';
import type { CommentModerationRequest } from './moderation-events';

@Component({
  imports: [CommentModerationMenu],
  template: `<lh-comment-moderation-menu [comment]="comment()" (moderate)="requests.push($event)" />`,
})
class Host {
  readonly comment = signal<ModeratableComment>({ id: 'c1', hiddenAt: null, author: { displayName: 'Lukutoukka' } });
  readonly requests: CommentModerationRequest[] = [];
}

describe(CommentModerationMenu.name, () => {
  let reason: string | undefined = 'Spam';
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(reason) })) };
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  function render() {
    TestBed.configureTestingModule({
      imports: [Host, translocoTesting()],
      providers: [{ provide: MatDialog, useValue: dialog }],
    });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    return { fixture, host: fixture.componentInstance, button: fixture.nativeElement.querySelector('button') };
  }

  it('hides a visible comment with the reason the librarian gave; the button names the author for screen readers', async () => {
    const { host, button } = render();
    expect(button.textContent).toContain('Hide');
    expect(button.querySelector('.cdk-visually-hidden').textContent).toBe('(comment by Lukutoukka)');
    button.click();
    await settle();
    expect(host.requests).toEqual([{ commentId: 'c1', action: 'HIDE', reason: 'Spam' }]);
  });

  it('restores a hidden comment; cancelling the reason emits nothing', async () => {
    const { fixture, host, button } = render();
    host.comment.set({ id: 'c1', hiddenAt: '2026-11-25T08:00:00Z' });
    fixture.detectChanges();
    expect(button.textContent?.trim()).toBe('Restore');

    reason = undefined;
    button.click();
    await settle();
    expect(host.requests).toEqual([]);

    reason = 'Reports were unfounded';
    button.click();
    await settle();
    expect(host.requests).toEqual([{ commentId: 'c1', action: 'RESTORE', reason: 'Reports were unfounded' }]);
  });
});
