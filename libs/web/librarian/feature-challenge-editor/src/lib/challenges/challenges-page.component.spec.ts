import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { aChallenge } from '../../testing-fixtures';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { ChallengesPage } from './challenges-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe(ChallengesPage.name, () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [ChallengesPage, ApolloTestingModule, translocoTesting('librarian')],
      providers: [provideRouter([]), provideGraphqlClientTesting()],
    });
    const fixture = TestBed.createComponent(ChallengesPage);
    const controller = TestBed.inject(ApolloTestingController);
    await settle();
    const summary = (id: string, year: number, status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED') => {
      const {
        categories: _categories,
        description: _d,
        startsOn: _s,
        endsOn: _e,
        allowBookReuse: _a,
        ...rest
      } = aChallenge({ id, year, status });
      return rest;
    };
    controller.expectOne('LibrarianChallenges').flush({
      data: {
        challenges: [
          summary('c2024', 2024, 'ARCHIVED'),
          summary('c2025', 2025, 'PUBLISHED'),
          summary('c2023', 2023, 'ARCHIVED'),
        ],
      },
    });
    await settle();
    await fixture.whenStable();
    return { fixture, controller, element: fixture.nativeElement as HTMLElement };
  }

  it('lists the challenges with their status in words', async () => {
    const { element } = await render();

    const rows = [...element.querySelectorAll('tbody tr')].map((row) => row.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows[1]).toContain('2025');
    expect(rows[1]).toContain('Published');
  });

  it('clones the newest challenge into the next year and opens the copy', async () => {
    const { element, controller, fixture } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const clone = [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Clone last year');

    clone?.click();
    await settle();
    const operation = controller.expectOne('LibrarianCloneChallenge');
    expect(operation.operation.variables).toEqual({ sourceId: 'c2025', year: 2026 });
    operation.flush({ data: { cloneChallenge: aChallenge({ id: 'c2026', year: 2026 }) } });
    await settle();
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith(['/librarian/challenges', 'c2026']);
    controller.verify();
  });
});
