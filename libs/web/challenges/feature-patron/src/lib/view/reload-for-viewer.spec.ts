import { Injector, resource, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { SessionStore } from '@lukuhaaste/web/data-access';
import type { ChallengeView } from './challenge-view.loader';
import { reloadForViewer } from './reload-for-viewer';

const challenge = { id: 'c1' } as ChallengeView['challenge'];

describe(reloadForViewer.name, () => {
  it('loads again when the view shown was loaded for someone other than who is signed in', async () => {
    const user = signal<{ id: string } | null>({ id: 'u1' });
    const session = { user } as unknown as SessionStore;
    const viewers: (string | null)[] = [];
    // The first answer is the server render's anonymous view, as hydration may adopt it.
    const answers: ChallengeView[] = [
      { challenge, participation: null, viewer: null },
      { challenge, participation: null, viewer: 'u1' },
    ];
    const view = runInInjectionContext(TestBed.inject(Injector), () => {
      const ref = resource({
        loader: async () => {
          const answer = answers.shift() as ChallengeView;
          viewers.push(answer.viewer);
          return answer;
        },
      });
      reloadForViewer(ref, session);
      return ref;
    });

    for (let tick = 0; tick < 20 && view.value()?.viewer !== 'u1'; tick += 1) {
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve));
    }

    expect(viewers).toEqual([null, 'u1']);
    expect(view.value()?.viewer).toBe('u1');
  });
});
