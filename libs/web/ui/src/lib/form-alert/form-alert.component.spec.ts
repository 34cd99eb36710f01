import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { FormAlert } from './form-alert.component';

describe(FormAlert.name, () => {
  it('announces a translated error as an alert', async () => {
    TestBed.configureTestingModule({
      imports: [
        FormAlert,
        TranslocoTestingModule.forRoot({
          langs: { en: { errors: { rateLimited: 'Try again in {{seconds}} seconds.' } } },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
        }),
      ],
    });
    const fixture = TestBed.createComponent(FormAlert);
    fixture.componentRef.setInput('message', { key: 'errors.rateLimited', params: { seconds: 5 } });
    await fixture.whenStable();

    const alert = fixture.nativeElement.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent?.trim()).toBe('Try again in 5 seconds.');
  });
});
