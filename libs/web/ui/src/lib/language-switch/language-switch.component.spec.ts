import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { Locale } from '@lukuhaaste/shared/util-rules';
import { LanguageSwitch } from './language-switch.component';

describe(LanguageSwitch.name, () => {
  async function render(value: Locale) {
    TestBed.configureTestingModule({
      imports: [
        LanguageSwitch,
        TranslocoTestingModule.forRoot({
          langs: { sv: { language: { label: 'Språk' } } },
          translocoConfig: { availableLangs: ['sv'], defaultLang: 'sv' },
        }),
      ],
    });
    const fixture = TestBed.createComponent(LanguageSwitch);
    fixture.componentRef.setInput('value', value);
    const emitted: Locale[] = [];
    fixture.componentInstance.languageChange.subscribe((locale) => emitted.push(locale));
    await fixture.whenStable();
    const select = fixture.nativeElement.querySelector('select') as HTMLSelectElement;
    return { fixture, select, emitted };
  }

  it('is labelled in the current language and lists every language by its own name', async () => {
    const { fixture, select } = await render('sv');
    const label = fixture.nativeElement.querySelector(`label[for="${select.id}"]`) as HTMLLabelElement;

    expect(label.textContent?.trim()).toBe('Språk');
    expect([...select.options].map((option) => option.textContent?.trim())).toEqual(['Suomi', 'Svenska', 'English']);
    expect(select.value).toBe('sv');
  });

  it('marks the current language in the markup, so a server-rendered page shows it before it wakes up', async () => {
    const { fixture, select } = await render('sv');
    const marked = () => [...select.querySelectorAll('option[selected]')].map((option) => option.getAttribute('value'));

    expect(marked()).toEqual(['sv']);
    fixture.componentRef.setInput('value', 'en');
    await fixture.whenStable();
    expect(marked()).toEqual(['en']);
  });

  it('emits the chosen language', async () => {
    const { select, emitted } = await render('fi');

    select.value = 'en';
    select.dispatchEvent(new Event('change'));

    expect(emitted).toEqual(['en']);
  });

  it('stays quiet when the current language is chosen again', async () => {
    const { select, emitted } = await render('fi');

    select.dispatchEvent(new Event('change'));

    expect(emitted).toEqual([]);
  });
});
