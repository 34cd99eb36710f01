import { TestBed } from '@angular/core/testing';
import { ProgressRing } from './progress-ring.component';

describe(ProgressRing.name, () => {
  async function render(completed: number, total: number) {
    const fixture = TestBed.createComponent(ProgressRing);
    fixture.componentRef.setInput('completed', completed);
    fixture.componentRef.setInput('total', total);
    fixture.componentRef.setInput('label', 'Your progress');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the progress as text and as a labelled progressbar', async () => {
    const host = await render(12, 50);

    expect(host.textContent?.trim()).toBe('12 / 50');
    expect(host.getAttribute('role')).toBe('progressbar');
    expect(host.getAttribute('aria-label')).toBe('Your progress');
    expect(host.getAttribute('aria-valuenow')).toBe('12');
    expect(host.getAttribute('aria-valuemax')).toBe('50');
    expect(host.classList).not.toContain('lh-progress-ring--complete');
  });

  it('marks a finished challenge and never shows more than the total', async () => {
    const host = await render(51, 50);

    expect(host.textContent?.trim()).toBe('50 / 50');
    expect(host.classList).toContain('lh-progress-ring--complete');
  });
});
