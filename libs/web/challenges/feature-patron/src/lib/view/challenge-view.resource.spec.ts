import { Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@lukuhaaste/web/data-access';
import { ChallengeViewLoader, type ChallengeView } from './challenge-view.loader';
import { challengeViewResource } from './challenge-view.resource';

const challenge = { id: 'c1' } as ChallengeView['challenge'];

/** Lets the resource's effects and the loader's promises run. */
async function settle(): Promise<void> {
  for (let tick = 0; tick < 5; tick += 1) {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
  }
}

describe(challengeViewResource.name, () => {
  it('keeps the anonymous view on screen while the signed-in reader’s own loads, then replaces it', async () => {
    const user = signal<{ id: string } | null>(null);
    let answerReader: (view: ChallengeView) => void = () => undefined;
    const load = jest.fn(async (): Promise<ChallengeView> => {
      const viewer = user()?.id ?? null;
      if (!viewer) return { challenge, participation: null, viewer };
      return new Promise((resolve) => (answerReader = resolve));
    });
    TestBed.configureTestingModule({
      providers: [
        { provide: SessionStore, useValue: { user } },
        { provide: ChallengeViewLoader, useValue: { load } },
      ],
    });
    const view = runInInjectionContext(TestBed.inject(Injector), () => challengeViewResource('view', () => 'slug'));
    await settle();
    expect(view.value()?.viewer).toBeNull();

    user.set({ id: 'u1' });
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(view.status()).toBe('reloading');
    expect(view.value()?.viewer).toBeNull();

    const own: ChallengeView = {
      challenge,
      participation: { id: 'p1' } as ChallengeView['participation'],
      viewer: 'u1',
    };
    answerReader(own);
    await settle();
    expect(view.value()).toBe(own);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
