import { lazy, useState, type ComponentType } from 'react';

/**
 * A component whose code starts loading as soon as this is called, rather than when it first renders.
 * If the code has arrived by the first render, the component renders at once; if not, it suspends like
 * `React.lazy` (wrap it in `<OnDemand>`). The choice is made once per mount, so the component is never
 * remounted when the code arrives.
 */
export function preloadComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  const loading = load().then((component) => {
    loaded = component;
    return { default: component };
  });
  // A failed load is reported where the component renders, by its error boundary.
  loading.catch(() => undefined);
  const Lazy = lazy(() => loading);

  return function Preloaded(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  };
}
