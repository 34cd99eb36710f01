import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aConnection } from '../../testing-fixtures';
import { ModerationLogPage } from './moderation-log-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));

const entry = (id: string, overrides: object = {}) => ({
  __typename: 'ModerationAction',
  id,
  action: 'HIDE',
  reason: 'Advertising',
  createdAt: '2026-11-24T10:00:00Z',
  moderator: { __typename: 'User', id: 'm1', displayName: 'Kirjastonhoitaja Kaisa' },
  targetUser: { __typename: 'User', id: 'u1', displayName: 'Kirjakauppias' },
  comment: { __typename: 'Comment', id: 'c1', threadId: 't1' },
  suggestion: null,
  thread: { __typename: 'Thread', id: 't1', title: null },
  ...overrides,
});

describe(ModerationLogPage.name, () => {
  async function render(url: string) {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, translocoTesting()],
      providers: [provideGraphqlClientTesting(), provideRouter([{ path: 'log', component: ModerationLogPage }])],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    const controller = TestBed.inject(ApolloTestingController);
    const router = TestBed.inject(Router);
    await settle();
    const element = harness.routeNativeElement as HTMLElement;
    const show = async () => {
      await settle();
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name)) as HTMLButtonElement;
    const rows = () =>
      [...element.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
      );
    return { controller, router, element, show, button, rows };
  }

  it('reads its filters from the URL and lists the actions as a table', async () => {
    const { controller, element, show, rows } = await render('/log?action=HIDE&from=2026-11-01&to=bogus');
    const load = controller.expectOne('ModerationLog');
    expect(load.operation.variables).toMatchObject({ action: 'HIDE', from: '2026-11-01', to: null, moderatorId: null });
    load.flush({
      data: {
        moderationLog: aConnection([entry('a1'), entry('a2', { action: 'AUTO_HIDE', moderator: null, reason: null })]),
      },
    });
    await show();

    expect(element.textContent).toContain('Actions: 2');
    expect(rows()).toEqual([
      [expect.stringContaining('2026'), 'Kirjastonhoitaja Kaisa', 'Hid', 'Comment', 'Kirjakauppias', 'Advertising'],
      [expect.stringContaining('2026'), 'Automatic', 'Hid automatically', 'Comment', 'Kirjakauppias', ''],
    ]);
    expect(element.querySelector('td a')?.getAttribute('href')).toBe('/threads/t1?comment=c1');
    expect((element.querySelector('select') as HTMLSelectElement).value).toBe('HIDE');
  });

  it('narrows to a moderator when their name is clicked, shows it as a removable filter, and clears all filters', async () => {
    const { controller, router, element, show, button } = await render('/log');
    controller.expectOne('ModerationLog').flush({ data: { moderationLog: aConnection([entry('a1')]) } });
    await show();

    button('Kirjastonhoitaja Kaisa').click();
    await show();
    expect(router.url).toBe('/log?moderator=m1');
    const filtered = controller.expectOne('ModerationLog');
    expect(filtered.operation.variables).toMatchObject({ moderatorId: 'm1' });
    filtered.flush({ data: { moderationLog: aConnection([entry('a1')]) } });
    await show();
    expect(button('Moderator: Kirjastonhoitaja Kaisa').getAttribute('aria-label')).toBe(
      'Remove filter: Moderator: Kirjastonhoitaja Kaisa',
    );

    button('Clear filters').click();
    await show();
    expect(router.url).toBe('/log');
    controller.expectOne('ModerationLog').flush({ data: { moderationLog: aConnection([]) } });
    await show();
    expect(element.textContent).toContain('No actions match the filters.');
  });

  it('changes the action filter from the select and loads more on request', async () => {
    const { controller, router, element, show, button } = await render('/log');
    controller.expectOne('ModerationLog').flush({ data: { moderationLog: aConnection([entry('a1')], 'n1') } });
    await show();

    button('Show more').click();
    await settle();
    const more = controller.expectOne('ModerationLog');
    expect(more.operation.variables).toMatchObject({ after: 'n1' });
    more.flush({ data: { moderationLog: aConnection([entry('a2')]) } });
    await show();
    expect(element.querySelectorAll('tbody tr')).toHaveLength(2);

    const select = element.querySelector('select') as HTMLSelectElement;
    select.value = 'SUSPEND';
    select.dispatchEvent(new Event('change'));
    await show();
    expect(router.url).toBe('/log?action=SUSPEND');
    controller.expectOne('ModerationLog');
  });
});
