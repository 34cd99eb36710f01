import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });

/*
 * jsdom has no canvas drawing, ResizeObserver or media queries, which Chart.js
 * needs to build a chart. The specs check what a chart is given, not pixels:
 * a context that accepts every call (text measures 0 wide) is enough, and
 * reduced motion keeps animations from outliving a spec.
 */
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
  const context = { canvas: this } as Record<string | symbol, unknown>;
  return new Proxy(context, {
    get: (target, key) => (key in target ? target[key] : () => ({ width: 0 })),
  });
} as unknown as typeof HTMLCanvasElement.prototype.getContext;

/** Charts are never resized in a spec, and media queries never change. */
const ignore = () => undefined;

globalThis.ResizeObserver = class {
  observe = ignore;
  unobserve = ignore;
  disconnect = ignore;
};

window.matchMedia = (query: string) =>
  ({
    matches: query.includes('reduce'),
    media: query,
    addEventListener: ignore,
    removeEventListener: ignore,
  }) as never;
