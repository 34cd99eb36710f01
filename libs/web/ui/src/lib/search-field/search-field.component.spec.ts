import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SearchField } from './search-field.component';

@Component({
  imports: [SearchField],
  template: `<lh-search-field label="Search categories" [value]="text()" (valueChange)="text.set($event)" />`,
})
class Host {
  readonly text = signal('gift');
}

describe(SearchField.name, () => {
  it('is a search box named by its label that reports what is typed', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input') as HTMLInputElement;

    expect(input.type).toBe('search');
    expect(input.closest('label')?.textContent).toContain('Search categories');
    expect(input.value).toBe('gift');

    input.value = 'city';
    input.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.text()).toBe('city');
  });
});
