import { TestBed } from '@angular/core/testing';
import type { Comment } from '@lukuhaaste/web/data-access/discussion';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { ReactionBar } from './reaction-bar.component';

const REACTIONS: Comment['reactions'] = [
  { kind: 'LIKE', count: 3, reactedByMe: true },
  { kind: 'WOW', count: 1, reactedByMe: false },
];

describe(ReactionBar.name, () => {
  async function render(canReact: boolean) {
    TestBed.configureTestingModule({ imports: [ReactionBar, translocoTesting()] });
    const fixture = TestBed.createComponent(ReactionBar);
    fixture.componentRef.setInput('reactions', REACTIONS);
    fixture.componentRef.setInput('canReact', canReact);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('draws each reaction as an SVG icon with a visible count, named "Like, 3" and pressed when mine', async () => {
    const element = await render(true);
    const buttons = [...element.querySelectorAll('button')];
    expect(
      buttons.map((b) => [b.getAttribute('aria-label'), b.getAttribute('aria-pressed'), b.textContent?.trim()]),
    ).toEqual([
      ['Like, 3', 'true', '3'],
      ['Love, 0', 'false', '0'],
      ['Laugh, 0', 'false', '0'],
      ['Wow, 1', 'false', '1'],
    ]);
    for (const button of buttons) {
      const svg = button.querySelector('svg');
      expect(svg?.getAttribute('aria-hidden')).toBe('true');
      expect(svg?.querySelector('path, circle')).not.toBeNull();
    }
    // Emoji show as empty boxes without an emoji font: none may be left.
    expect(element.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('shows visitors only the reactions given, each named for screen readers', async () => {
    const element = await render(false);
    expect(element.querySelector('button')).toBeNull();
    const items = [...element.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.cdk-visually-hidden')?.textContent?.trim())).toEqual([
      'Like, 3',
      'Wow, 1',
    ]);
    expect(items.map((li) => li.querySelector('[aria-hidden="true"]')?.textContent?.trim())).toEqual(['3', '1']);
    expect(items.every((li) => li.querySelector('svg') !== null)).toBe(true);
  });
});
