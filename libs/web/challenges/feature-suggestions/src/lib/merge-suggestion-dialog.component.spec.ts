import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aSuggestion } from '../testing-fixtures';
import { MergeSuggestionDialog, type MergeSuggestionDialogData } from './merge-suggestion-dialog.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const islands = aSuggestion('s1', 'A book set on an island', { voteCount: 4 });
const isles = aSuggestion('s2', 'An island book', { voteCount: 1 });
const lighthouses = aSuggestion('s3', 'A lighthouse', { voteCount: 2 });

describe(MergeSuggestionDialog.name, () => {
  function render(data: MergeSuggestionDialogData) {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [MergeSuggestionDialog, ApolloTestingModule, translocoTesting()],
      providers: [
        provideGraphqlClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(MergeSuggestionDialog);
    fixture.detectChanges();
    return {
      element: fixture.nativeElement as HTMLElement,
      fixture,
      close,
      controller: TestBed.inject(ApolloTestingController),
    };
  }

  it('says where the votes go and merges into the chosen suggestion', async () => {
    const { element, fixture, close, controller } = render({ source: isles, candidates: [islands, lighthouses] });
    expect(element.textContent).toContain('“An island book” will be merged into the suggestion you pick.');
    expect([...element.querySelectorAll('option')].map((o) => o.textContent?.trim())).toEqual([
      'A book set on an island (Votes: 4)',
      'A lighthouse (Votes: 2)',
    ]);

    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    const merge = controller.expectOne('MergeSuggestions');
    expect(merge.operation.variables).toEqual({ sourceId: 's2', targetId: 's1' });
    const merged = { ...islands, voteCount: 5 };
    merge.flush({ data: { mergeSuggestions: merged } });
    await settle();
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(merged);
  });

  it('offers nothing to submit when there is no other open suggestion', () => {
    const { element } = render({ source: isles, candidates: [] });
    expect(element.textContent).toContain('There is no other open suggestion to merge into.');
    expect(element.querySelector('button[type="submit"]')).toBeNull();
  });
});
