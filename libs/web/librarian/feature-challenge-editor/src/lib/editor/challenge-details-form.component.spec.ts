import { TestBed } from '@angular/core/testing';
import type { ChallengeStatus, UpdateChallengeInput } from '@lukuhaaste/web/data-access/librarian';
import { aChallenge, aText } from '../../testing-fixtures';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { ChallengeDetailsForm, type ChallengeDetails } from './challenge-details-form.component';
import type { Outcome } from './outcome';

describe(ChallengeDetailsForm.name, () => {
  async function render(status: ChallengeStatus = 'DRAFT', saved: ChallengeDetails = aChallenge()) {
    TestBed.configureTestingModule({ imports: [ChallengeDetailsForm, translocoTesting('librarian')] });
    const fixture = TestBed.createComponent(ChallengeDetailsForm);
    fixture.componentRef.setInput('saved', saved);
    fixture.componentRef.setInput('challengeStatus', status);
    const saves: UpdateChallengeInput[] = [];
    fixture.componentInstance.save.subscribe((input) => saves.push(input));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const field = (id: string) => element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    const type = async (id: string, value: string) => {
      field(id).value = value;
      field(id).dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      element.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, element, field, type, submit, saves };
  }

  it('emits trimmed texts, dates and book reuse of a draft', async () => {
    const { type, submit, saves } = await render();

    await type('lh-challenge-title-en', '  Reading Challenge  ');
    await submit();

    expect(saves).toEqual([
      {
        title: { fi: 'Helmet-lukuhaaste 2026', sv: 'Helmet-läsutmaningen 2026', en: 'Reading Challenge' },
        description: null,
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        allowBookReuse: false,
      },
    ]);
  });

  it('emits only the texts of a published challenge', async () => {
    const { submit, saves } = await render('PUBLISHED');

    await submit();

    expect(Object.keys(saves[0] ?? {})).toEqual(['title', 'description']);
  });

  it('asks for the Finnish description before a translation and emits nothing', async () => {
    const { element, type, submit, saves } = await render();

    await type('lh-challenge-description-sv', 'Läs mer');
    await submit();

    expect(saves).toEqual([]);
    expect(element.querySelector('#lh-challenge-description-fi')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps unsaved edits when the status changes and refills when new saved details arrive', async () => {
    const { fixture, element, field, type } = await render();

    await type('lh-challenge-title-en', 'Draft title');
    fixture.componentRef.setInput('challengeStatus', 'PUBLISHED');
    await fixture.whenStable();
    expect(field('lh-challenge-title-en').value).toBe('Draft title');
    expect(element.textContent).toContain('Unsaved changes');

    fixture.componentRef.setInput('saved', aChallenge({ title: aText('Uusi', null, 'New title') }));
    await fixture.whenStable();
    expect(field('lh-challenge-title-en').value).toBe('New title');
    expect(element.textContent).not.toContain('Unsaved changes');
  });

  it("shows the page's outcome with its field errors until the next submit", async () => {
    const { fixture, element, submit } = await render();
    const outcome: Outcome = {
      kind: 'error',
      message: { key: 'errors.invalidInput' },
      fields: [{ field: 'title.fi', code: 'TOO_LONG', params: { max: 200 } }],
    };

    fixture.componentRef.setInput('outcome', outcome);
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Check the highlighted fields.');
    expect(element.querySelector('#lh-challenge-title-fi')?.getAttribute('aria-invalid')).toBe('true');

    await submit();
    expect(element.querySelector('[role="alert"]')?.textContent?.trim() ?? '').toBe('');
  });
});
