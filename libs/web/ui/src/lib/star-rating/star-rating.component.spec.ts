import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { StarRating } from './star-rating.component';

@Component({
  imports: [StarRating, ReactiveFormsModule],
  template: `<lh-star-rating label="Your rating" [formControl]="rating" />`,
})
class Host {
  readonly rating = new FormControl<number | null>(null);
}

describe(StarRating.name, () => {
  async function render(initial: number | null = null) {
    TestBed.configureTestingModule({
      imports: [
        Host,
        TranslocoTestingModule.forRoot({
          langs: { en: { rating: { stars: '{{count}} of {{max}} stars', clear: 'Clear rating', none: 'No rating' } } },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
        }),
      ],
    });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.rating.setValue(initial);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const radios = () => [...element.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
    const press = async (key: string) => {
      (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await fixture.whenStable();
      await Promise.resolve();
    };
    return { fixture, element, radios, press, control: fixture.componentInstance.rating };
  }

  it('is a labelled radio group with one tab stop and named stars', async () => {
    const { element, radios } = await render();

    const group = element.querySelector('[role="radiogroup"]') as HTMLElement;
    expect(document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Your rating');
    expect(radios().map((r) => r.getAttribute('aria-label'))).toEqual([
      '1 of 5 stars',
      '2 of 5 stars',
      '3 of 5 stars',
      '4 of 5 stars',
      '5 of 5 stars',
    ]);
    expect(radios().map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    expect(element.textContent).toContain('No rating');
  });

  it('moves and selects with the arrow keys, Home and End', async () => {
    const { radios, press, control } = await render(3);
    radios()[2].focus();

    await press('ArrowRight');
    expect(control.value).toBe(4);
    expect(document.activeElement).toBe(radios()[3]);
    expect(radios()[3].getAttribute('aria-checked')).toBe('true');

    await press('ArrowLeft');
    await press('ArrowLeft');
    expect(control.value).toBe(2);

    await press('End');
    expect(control.value).toBe(5);
    await press('ArrowRight');
    expect(control.value).toBe(5);
    await press('Home');
    expect(control.value).toBe(1);
  });

  it('can be cleared with Delete or the clear button', async () => {
    const { element, radios, press, control, fixture } = await render(4);
    radios()[3].focus();

    await press('Delete');
    expect(control.value).toBeNull();
    expect(radios().every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true);

    radios()[1].click();
    await fixture.whenStable();
    expect(control.value).toBe(2);
    const clear = [...element.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Clear rating',
    ) as HTMLButtonElement;
    clear.click();
    await fixture.whenStable();
    expect(control.value).toBeNull();
  });
});
