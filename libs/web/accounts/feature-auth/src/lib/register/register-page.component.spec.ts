import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApiError, DisplayNameSuggestions, SessionStore } from '@lukuhaaste/web/data-access';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { RegisterPage } from './register-page.component';

describe(RegisterPage.name, () => {
  const session = { register: jest.fn() };
  const language = { locale: signal('en'), use: jest.fn().mockResolvedValue(undefined) };

  async function render() {
    TestBed.configureTestingModule({
      imports: [RegisterPage, translocoTesting()],
      providers: [
        provideRouter([]),
        { provide: SessionStore, useValue: session },
        {
          provide: DisplayNameSuggestions,
          useValue: { next: jest.fn().mockResolvedValueOnce('Kirjamato 12').mockResolvedValueOnce('Lukutoukka 7') },
        },
        { provide: LanguageStore, useValue: language },
      ],
    });
    const fixture = TestBed.createComponent(RegisterPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const field = (label: string) => {
      const formField = [...element.querySelectorAll('mat-form-field')].find(
        (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
      );
      if (!formField) throw new Error(`No field labelled ${label}`);
      return { formField, control: formField.querySelector('input, select') as HTMLInputElement };
    };
    const type = (label: string, value: string) => {
      const { control } = field(label);
      control.value = value;
      control.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      element.querySelector('form')?.dispatchEvent(new Event('submit'));
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, element, field, type, submit };
  }

  beforeEach(() => jest.clearAllMocks());

  it('prefills a suggested pseudonym and can suggest another', async () => {
    const { element, field, fixture } = await render();

    expect(field('Display name').control.value).toBe('Kirjamato 12');
    expect(element.textContent).toContain('It does not have to be your real name.');

    const suggest = [...element.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Suggest another name',
    );
    suggest?.click();
    await fixture.whenStable();

    expect(field('Display name').control.value).toBe('Lukutoukka 7');
  });

  it('does not submit a too short password and says why at the field', async () => {
    const { type, submit, field } = await render();
    type('Email', 'maija@example.fi');
    type('Password', 'short');

    await submit();

    expect(session.register).not.toHaveBeenCalled();
    expect(field('Password').formField.querySelector('mat-error')?.textContent?.trim()).toBe('At least 10 characters.');
  });

  it('shows a taken email next to the email field', async () => {
    session.register.mockRejectedValue(new ApiError('CONFLICT', [{ field: 'email', code: 'EMAIL_TAKEN' }]));
    const { type, submit, field, element } = await render();
    type('Email', 'taken@example.fi');
    type('Password', 'long enough password');

    await submit();

    expect(session.register).toHaveBeenCalledWith({
      email: 'taken@example.fi',
      displayName: 'Kirjamato 12',
      password: 'long enough password',
      locale: 'en',
    });
    expect(field('Email').formField.querySelector('mat-error')?.textContent?.trim()).toBe(
      'An account with this email address already exists.',
    );
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Check the highlighted fields.');
  });

  it('registers, switches to the chosen language and goes home', async () => {
    session.register.mockResolvedValue({ id: 'u1' });
    const { type, submit, field } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('Email', 'maija@example.fi');
    type('Password', 'long enough password');
    const select = field('Language').control as unknown as HTMLSelectElement;
    select.value = 'sv';
    select.dispatchEvent(new Event('change'));

    await submit();

    expect(session.register).toHaveBeenCalledWith(expect.objectContaining({ locale: 'sv' }));
    expect(language.use).toHaveBeenCalledWith('sv');
    expect(navigate).toHaveBeenCalledWith('/');
  });
});
