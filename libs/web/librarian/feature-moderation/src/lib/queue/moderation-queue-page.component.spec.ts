import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { of } from 'rxjs';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aConnection, aModeratedUser, aReportedComment, aReportedSuggestion } from '../../testing-fixtures';
import { ModerationQueuePage } from './moderation-queue-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe(ModerationQueuePage.name, () => {
  /** What the next dialog (reason or suspension) closes with. */
  let dialogResult: unknown;
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(dialogResult) })) };

  async function render() {
    TestBed.configureTestingModule({
      imports: [ModerationQueuePage, ApolloTestingModule, translocoTesting()],
      providers: [provideGraphqlClientTesting(), provideRouter([]), { provide: MatDialog, useValue: dialog }],
    });
    const fixture = TestBed.createComponent(ModerationQueuePage);
    const controller = TestBed.inject(ApolloTestingController);
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const show = async () => {
      await settle();
      await fixture.whenStable();
    };
    const button = (name: string, within: ParentNode = element) =>
      [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    const items = () => [...element.querySelectorAll('lh-moderation-item')];
    return { controller, element, show, button, items };
  }

  beforeEach(() => dialog.open.mockClear());

  it('shows each item with its context, hidden text, reasons, notes and badges', async () => {
    const { controller, element, show, items } = await render();
    controller.expectOne('ModerationQueue').flush({
      data: { moderationQueue: aConnection([aReportedComment('c1'), aReportedSuggestion('s1', 'Books by cats')]) },
    });
    await show();

    expect(element.querySelector('h2')?.textContent).toContain('Items to review: 2');
    const [comment, suggestion] = items();
    expect(comment?.textContent).toContain('Hidden automatically');
    expect(comment?.textContent).toContain('Reports: 3');
    expect(comment?.textContent).toContain('Category 7: A book about an island');
    expect(comment?.querySelector('a')?.getAttribute('href')).toBe('/threads/t1?comment=c1');
    expect(comment?.querySelector('blockquote strong')?.textContent).toBe('spam.example');
    expect(comment?.textContent).toContain('By Kirjakauppias');
    expect([...(comment?.querySelectorAll('.lh-item__reasons li') ?? [])].map((li) => li.textContent?.trim())).toEqual([
      'Spam: 2',
      'Offensive: 1',
    ]);
    expect(comment?.textContent).toContain('Lukutoukka: Spam or advertising');
    expect(comment?.textContent).toContain('Same link everywhere');
    expect(suggestion?.textContent).toContain('Category suggestion');
    expect(suggestion?.textContent).toContain('Books by cats');
  });

  it('restores a hidden comment with a reason, dismisses its reports and lets it leave the queue', async () => {
    const { controller, element, show, button, items } = await render();
    controller.expectOne('ModerationQueue').flush({ data: { moderationQueue: aConnection([aReportedComment('c1')]) } });
    await show();
    dialogResult = 'Not spam: a library event';

    button('Restore…').click();
    await settle();
    const restore = controller.expectOne('ModerationRestoreComment');
    expect(restore.operation.variables).toEqual({ id: 'c1', reason: 'Not spam: a library event' });
    restore.flush({
      data: { restoreComment: { __typename: 'Comment', id: 'c1', hiddenAt: null, hiddenReason: null } },
    });
    await settle();
    const close = controller.expectOne('ModerationResolveItemReports');
    expect(close.operation.variables).toEqual({ commentId: 'c1', outcome: 'DISMISSED' });
    close.flush({ data: { resolveItemReports: 3 } });
    await show();

    expect(items()).toHaveLength(0);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Restored. Reports dismissed: 3.');
    expect(element.textContent).toContain('Nothing to review');
  });

  it('hides a suggestion and resolves its reports; cancelling the reason does nothing', async () => {
    const { controller, show, button, items } = await render();
    controller.expectOne('ModerationQueue').flush({
      data: { moderationQueue: aConnection([aReportedSuggestion('s1', 'Buy followers')]) },
    });
    await show();

    dialogResult = undefined;
    button('Hide…').click();
    await settle();
    controller.verify();

    dialogResult = 'Advertising';
    button('Hide…').click();
    await settle();
    const hide = controller.expectOne('ModerationHideSuggestion');
    expect(hide.operation.variables).toEqual({ id: 's1', reason: 'Advertising' });
    hide.flush({
      data: { hideSuggestion: { __typename: 'CategorySuggestion', id: 's1', hiddenAt: '2026-11-25T10:00:00Z' } },
    });
    await settle();
    const close = controller.expectOne('ModerationResolveItemReports');
    expect(close.operation.variables).toEqual({ suggestionId: 's1', outcome: 'RESOLVED' });
    close.flush({ data: { resolveItemReports: 1 } });
    await show();
    expect(items()).toHaveLength(0);
  });

  it('suspends the author from the item and shows the suspension on all their items', async () => {
    const { controller, show, button, items } = await render();
    controller.expectOne('ModerationQueue').flush({
      data: { moderationQueue: aConnection([aReportedComment('c1'), aReportedComment('c2')]) },
    });
    await show();
    dialogResult = aModeratedUser('u1', 'Kirjakauppias', '2099-12-02T10:00:00Z');

    button('Suspend author…', items()[0]).click();
    await show();

    expect(dialog.open).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ data: { user: expect.objectContaining({ id: 'u1', displayName: 'Kirjakauppias' }) } }),
    );
    for (const item of items()) {
      expect(item.textContent).toContain('Suspended until');
      expect(button('Lift suspension…', item)).toBeDefined();
    }
  });

  it('says when the queue could not be loaded and tries again on request', async () => {
    const { controller, element, show, button } = await render();
    controller.expectOne('ModerationQueue').networkError(new Error('offline'));
    await show();
    expect(element.textContent).toContain('The moderation queue could not be loaded.');

    button('Try again').click();
    await settle();
    controller.expectOne('ModerationQueue').flush({ data: { moderationQueue: aConnection([]) } });
    await show();
    expect(element.textContent).toContain('There are no open reports. Thank you!');
  });

  it('loads more items after the first page', async () => {
    const { controller, show, button, items } = await render();
    controller
      .expectOne('ModerationQueue')
      .flush({ data: { moderationQueue: aConnection([aReportedComment('c1')], 'x1') } });
    await show();

    button('Show more').click();
    await settle();
    const more = controller.expectOne('ModerationQueue');
    expect(more.operation.variables).toMatchObject({ after: 'x1' });
    more.flush({ data: { moderationQueue: aConnection([aReportedSuggestion('s1', 'Poetry')]) } });
    await show();
    expect(items()).toHaveLength(2);
  });
});
