import { lazy, useState, type ComponentType } from 'react';
import { afterFirstView } from '../data/DatasetContext';

/**
 * A component whose code starts loading once the first view is on screen, whether or not it has rendered
 * yet: nothing it needs is fetched before the first view, and it is usually there before anyone reaches
 * it. If the code has arrived by the first render, the component renders at once; if not, it suspends
 * like `React.lazy` (wrap it in `<OnDemand>`). The choice is made once per mount, so the component is
 * never remounted when the code arrives.
 */
export function preloadComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const start = () => {
    loading ??= load().then((component) => {
      loaded = component;
      return { default: component };
    });
    return loading;
  };
  // A failed load is reported where the component renders, by its error boundary.
  const started = afterFirstView.then(start);
  started.catch(() => undefined);
  const Lazy = lazy(() => started);

  return function Preloaded(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  };
}
