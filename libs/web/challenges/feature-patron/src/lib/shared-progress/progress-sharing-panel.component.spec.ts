import { renderPage } from '../testing/render-page';
import { ProgressSharingPanel } from './progress-sharing-panel.component';

const CHALLENGE_ID = 'c1';
const sharing = (enabled: boolean) => ({
  myProgressSharing: {
    __typename: 'ProgressSharing',
    challengeId: CHALLENGE_ID,
    enabled,
    path: enabled ? '/p/AbCdEfGhIjKlMnOp/2026' : null,
  },
});

describe(ProgressSharingPanel.name, () => {
  const render = () => renderPage(ProgressSharingPanel, { inputs: { challengeId: CHALLENGE_ID } });
  const toggle = (element: HTMLElement) => element.querySelector<HTMLButtonElement>('button[role="switch"]');

  it('explains the choice and offers no link while sharing is off', async () => {
    const { answer, element, texts } = await render();
    await answer('MyProgressSharing', sharing(false));

    expect(texts('h2')).toEqual(['Share my progress']);
    expect(element.textContent).toContain('Reviews, ratings and your email are never shown.');
    expect(toggle(element)?.getAttribute('aria-checked')).toBe('false');
    expect(element.querySelector('input')).toBeNull();
  });

  it('turns sharing on and shows the full link, a copy button and the card preview', async () => {
    const { answer, element, settle } = await render();
    await answer('MyProgressSharing', sharing(false));
    toggle(element)?.click();
    await settle();
    await answer('SetProgressSharing', { setProgressSharing: sharing(true).myProgressSharing });

    expect(element.textContent).toContain('Your progress is now public.');
    expect(element.querySelector('input')?.value).toMatch(/^https?:\/\/[^/]+\/p\/AbCdEfGhIjKlMnOp\/2026$/);
    expect(element.querySelector('img')?.getAttribute('src')).toBe('/p/AbCdEfGhIjKlMnOp/2026.svg?lang=en');
    expect([...element.querySelectorAll('button')].map((button) => button.textContent?.trim())).toContain('Copy link');
  });

  it('puts the switch back and says why when the change fails', async () => {
    const { answer, backend, element, settle } = await render();
    await answer('MyProgressSharing', sharing(true));
    toggle(element)?.click();
    await settle();
    backend.expectOne('SetProgressSharing').networkError(new Error('offline'));
    await settle();

    expect(toggle(element)?.getAttribute('aria-checked')).toBe('true');
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).not.toBe('');
  });
});
