import { effect, inject, InjectionToken, signal, type Signal, type Type } from '@angular/core';

/** Loads a component's code on first use, so a feature can show another feature's component without importing it. */
export type LazyComponent = () => Promise<Type<unknown>>;

/**
 * The category page shows the category's thread inline, but feature libs may
 * not import each other: the app provides the discussion feature's section
 * here and the category page renders it (input `categoryId`).
 */
export const CATEGORY_THREAD_SECTION = new InjectionToken<LazyComponent>('CATEGORY_THREAD_SECTION');

/**
 * The component the app provided for a slot, loaded once `when` holds; null
 * while loading, when nothing was provided, or if loading failed (the page
 * works without it). Call in an injection context.
 */
export function lazySlot(
  token: InjectionToken<LazyComponent>,
  when: () => boolean = () => true,
): Signal<Type<unknown> | null> {
  const load = inject(token, { optional: true });
  const component = signal<Type<unknown> | null>(null);
  let started = false;
  effect(() => {
    if (!load || started || !when()) return;
    started = true;
    load().then(
      (type) => component.set(type),
      () => (started = false),
    );
  });
  return component.asReadonly();
}
