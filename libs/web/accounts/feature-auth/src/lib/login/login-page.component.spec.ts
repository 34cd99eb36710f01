import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApiError, SessionStore } from '@lukuhaaste/web/data-access';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { LoginPage } from './login-page.component';

describe(LoginPage.name, () => {
  const session = { login: jest.fn() };

  async function render(returnUrl?: string) {
    TestBed.configureTestingModule({
      imports: [LoginPage, translocoTesting()],
      providers: [provideRouter([]), { provide: SessionStore, useValue: session }],
    });
    const fixture = TestBed.createComponent(LoginPage);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const inputs = element.querySelectorAll('input');
    const fill = (email: string, password: string) => {
      for (const [input, value] of [
        [inputs[0], email],
        [inputs[1], password],
      ] as const) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
    };
    const submit = async () => {
      element.querySelector('form')?.dispatchEvent(new Event('submit'));
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { element, fill, submit };
  }

  beforeEach(() => jest.clearAllMocks());

  it('says "wrong email or password" without telling which', async () => {
    session.login.mockRejectedValue(new ApiError('UNAUTHENTICATED'));
    const { element, fill, submit } = await render();
    fill('maija@example.fi', 'not my password');

    await submit();

    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Wrong email or password.');
  });

  it('returns to the page that asked for a login, but only inside the app', async () => {
    session.login.mockResolvedValue({ id: 'u1' });
    const { fill, submit } = await render('/profile');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fill('maija@example.fi', 'correct horse');

    await submit();

    expect(session.login).toHaveBeenCalledWith({ email: 'maija@example.fi', password: 'correct horse' });
    expect(navigate).toHaveBeenCalledWith('/profile');
  });

  it('tells how long to wait when rate limited', async () => {
    session.login.mockRejectedValue(new ApiError('RATE_LIMITED', [], 60));
    const { element, fill, submit } = await render();
    fill('maija@example.fi', 'guess');

    await submit();

    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Too many attempts. Try again in 60 seconds.',
    );
  });
});
