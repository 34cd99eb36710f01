import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError } from '@lukuhaaste/web/data-access';
import { ProgressSharingApi } from '@lukuhaaste/web/data-access/reading';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { ProgressSharingPanel } from './progress-sharing-panel.component';
import { challengeSharing, SHARED_PATH } from './testing-sharing';

describe(ProgressSharingPanel.name, () => {
  const api = { set: jest.fn() };

  beforeEach(() => jest.clearAllMocks());

  async function render(enabled: boolean) {
    TestBed.configureTestingModule({
      imports: [ProgressSharingPanel, translocoTesting('branches')],
      providers: [
        { provide: ProgressSharingApi, useValue: api },
        { provide: LanguageStore, useValue: { locale: signal('en') } },
      ],
    });
    const fixture = TestBed.createComponent(ProgressSharingPanel);
    fixture.componentRef.setInput('initialSharing', challengeSharing(enabled));
    fixture.componentRef.setInput('describedBy', 'intro');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const toggle = () => element.querySelector<HTMLButtonElement>('button[role="switch"]');
    const click = async () => {
      toggle()?.click();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { element, toggle, click };
  }

  it('names the challenge and offers no link while sharing is off', async () => {
    const { element, toggle } = await render(false);

    expect(element.querySelector('h3')?.textContent?.trim()).toBe('Helmet reading challenge 2026');
    expect(toggle()?.getAttribute('aria-checked')).toBe('false');
    // The challenge's name and the shared explanation tell apart switches that share a label.
    expect(toggle()?.getAttribute('aria-describedby')).toBe('lh-sharing-c2026 intro');
    expect(element.querySelector('input')).toBeNull();
  });

  it('turns sharing on and shows the full link, a copy button and the card preview', async () => {
    api.set.mockResolvedValue({ challengeId: 'c2026', enabled: true, path: SHARED_PATH });
    const { element, click } = await render(false);

    await click();

    expect(api.set).toHaveBeenCalledWith('c2026', true);
    expect(element.textContent).toContain('Your progress is now public.');
    expect(element.querySelector('input')?.value).toMatch(/^https?:\/\/[^/]+\/p\/AbCdEfGhIjKlMnOp\/2026$/);
    expect(element.querySelector('img')?.getAttribute('src')).toBe(`${SHARED_PATH}.svg?lang=en`);
    expect([...element.querySelectorAll('button')].map((button) => button.textContent?.trim())).toContain('Copy link');
  });

  it('revokes: the link and preview go away', async () => {
    api.set.mockResolvedValue({ challengeId: 'c2026', enabled: false, path: null });
    const { element, click, toggle } = await render(true);
    expect(element.querySelector('img')).not.toBeNull();

    await click();

    expect(api.set).toHaveBeenCalledWith('c2026', false);
    expect(toggle()?.getAttribute('aria-checked')).toBe('false');
    expect(element.querySelector('input, img')).toBeNull();
    expect(element.textContent).toContain('the old link does not work any more');
  });

  it('puts the switch back and says why when the change fails', async () => {
    api.set.mockRejectedValue(new ApiError('NETWORK_ERROR'));
    const { element, click, toggle } = await render(true);

    await click();

    expect(toggle()?.getAttribute('aria-checked')).toBe('true');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('The service cannot be reached.');
  });
});
