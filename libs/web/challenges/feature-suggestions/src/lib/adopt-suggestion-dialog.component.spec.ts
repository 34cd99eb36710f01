import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aSuggestion } from '../testing-fixtures';
import { AdoptSuggestionDialog } from './adopt-suggestion-dialog.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const draft = (id: string, year: number) => ({
  __typename: 'Challenge',
  id,
  year,
  title: { __typename: 'LocalizedText', fi: `Helmet ${year}`, sv: null, en: null },
});

describe(AdoptSuggestionDialog.name, () => {
  async function render() {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [AdoptSuggestionDialog, ApolloTestingModule, translocoTesting()],
      providers: [
        provideGraphqlClientTesting(),
        {
          provide: MAT_DIALOG_DATA,
          useValue: { suggestion: aSuggestion('s1', 'A book set on an island'), year: 2026, locale: 'en' },
        },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(AdoptSuggestionDialog);
    const controller = TestBed.inject(ApolloTestingController);
    const element = fixture.nativeElement as HTMLElement;
    const show = async () => {
      await settle();
      fixture.detectChanges();
      await fixture.whenStable();
    };
    await settle();
    return { fixture, controller, element, show, close };
  }

  it('offers next year’s draft first with the idea as the Finnish title, and adds the category', async () => {
    const { controller, element, show, close } = await render();
    controller.expectOne('SuggestionDraftChallenges').flush({
      data: { challenges: [draft('ch3', 2028), draft('ch2', 2027)] },
    });
    await show();
    expect((element.querySelector('select') as HTMLSelectElement).value).toBe('ch2');
    const title = element.querySelector('input') as HTMLInputElement;
    expect(title.value).toBe('A book set on an island');

    title.value = 'Kirja, joka sijoittuu saarelle';
    title.dispatchEvent(new Event('input'));
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    const adopt = controller.expectOne('AdoptSuggestion');
    expect(adopt.operation.variables).toEqual({
      id: 's1',
      targetChallengeId: 'ch2',
      title: { fi: 'Kirja, joka sijoittuu saarelle' },
    });
    const category = { __typename: 'Category', id: 'cat51', challengeId: 'ch2', position: 51 };
    adopt.flush({ data: { adoptSuggestion: category } });
    await show();
    expect(close).toHaveBeenCalledWith({ category, challenge: expect.objectContaining({ id: 'ch2', year: 2027 }) });
  });

  it('says when there is no draft to add to', async () => {
    const { controller, element, show } = await render();
    controller.expectOne('SuggestionDraftChallenges').flush({ data: { challenges: [] } });
    await show();
    expect(element.textContent).toContain('There is no draft challenge.');
    expect(element.querySelector('button[type="submit"]')).toBeNull();
  });
});
