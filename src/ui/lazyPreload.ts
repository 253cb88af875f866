import { lazy, type ComponentType } from 'react';

/**
 * `React.lazy` that can be fetched ahead: `preload()` loads the component, and a lazy component
 * first rendered after that renders at once, without suspending. A prerendered page is hydrated
 * only once the chunks its route shows are in (src/main.tsx), so the HTML the server baked is
 * matched on the first render: no fallback, no mismatch, no layout shift.
 */
export function lazyPreload<P extends object>(
  load: () => Promise<ComponentType<P>>,
): { Component: ComponentType<P>; preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Component = lazy(() => {
    // React reads a thenable that settles at once synchronously (react's lazyInitializer): the
    // preloaded component renders in this very render.
    if (loaded) {
      const ready = { default: loaded };
      return {
        then: (resolve: (value: typeof ready) => void) => resolve(ready),
      } as unknown as Promise<typeof ready>;
    }
    return preload().then((component) => ({ default: component }));
  });
  return { Component, preload };
}
