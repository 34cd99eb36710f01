import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiError } from '@lukuhaaste/web/data-access';
import { ProgressSharingApi } from '@lukuhaaste/web/data-access/reading';
import { LanguageStore } from '@lukuhaaste/web/util-i18n';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { ProgressSharingSection } from './progress-sharing-section.component';
import { challengeSharing } from './testing-sharing';

describe(ProgressSharingSection.name, () => {
  const api = { mineForJoined: jest.fn(), set: jest.fn() };

  beforeEach(() => jest.clearAllMocks());

  async function render() {
    TestBed.configureTestingModule({
      imports: [ProgressSharingSection, translocoTesting('branches')],
      providers: [
        provideRouter([]),
        { provide: ProgressSharingApi, useValue: api },
        { provide: LanguageStore, useValue: { locale: signal('en') } },
      ],
    });
    const fixture = TestBed.createComponent(ProgressSharingSection);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const texts = (element: HTMLElement, selector: string) =>
    [...element.querySelectorAll(selector)].map((found) => found.textContent?.trim());

  it('explains sharing once and gives each joined challenge its own switch, newest first', async () => {
    api.mineForJoined.mockResolvedValue([challengeSharing(true, 2026), challengeSharing(false, 2025)]);
    const element = await render();

    expect(texts(element, 'h2')).toEqual(['Share my progress']);
    expect(element.textContent).toContain('Reviews, ratings and your email are never shown.');
    expect(texts(element, 'h3')).toEqual(['Helmet reading challenge 2026', 'Helmet reading challenge 2025']);
    const switches = [...element.querySelectorAll('button[role="switch"]')];
    expect(switches.map((toggle) => toggle.getAttribute('aria-checked'))).toEqual(['true', 'false']);
    expect(switches.map((toggle) => toggle.getAttribute('aria-describedby'))).toEqual([
      'lh-sharing-c2026 profile-share-intro',
      'lh-sharing-c2025 profile-share-intro',
    ]);
  });

  it('points to the challenge when the patron has joined none', async () => {
    api.mineForJoined.mockResolvedValue([]);
    const element = await render();

    expect(texts(element, 'h3')).toEqual(['You have not joined a challenge yet']);
    expect(element.querySelector('button[role="switch"]')).toBeNull();
    const link = element.querySelector('a');
    expect(link?.textContent?.trim()).toBe('Go to the challenge');
    expect(link?.getAttribute('href')).toBe('/challenges');
  });

  it('says so when the choices cannot be loaded', async () => {
    api.mineForJoined.mockRejectedValue(new ApiError('NETWORK_ERROR'));
    const element = await render();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('The service cannot be reached.');
    expect(element.querySelector('button[role="switch"]')).toBeNull();
  });
});
