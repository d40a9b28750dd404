import {
  createContext,
  startTransition,
  useContext,
  useDeferredValue,
  useEffect,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import type { Filters } from '../state/filtersSlice';
import { useAppStore } from '../state/store';
import { ShownFiltersContext } from '../state/useFilteredView';

/** The filters the later parts show: the ones the timeline has drawn, once it has. */
const LaterFiltersContext = createContext<Filters | null>(null);
/** Whether some part of the page still shows older filters than the store's. */
const FollowingContext = createContext(false);

/**
 * The order in which the page follows a filter change, each step painted before the next starts:
 * 1. the control itself (it reads the store: a ticked box shows at once);
 * 2. the timeline and everything else under this component, in a render that yields to input;
 * 3. the parts wrapped in `FollowsLater` (counts, summary, figures), once the timeline is drawn.
 * A change made while a step is still rendering replaces it, so quick clicks do not queue up. Until the
 * last step shows the store's filters, `StagedMain` is busy (`aria-busy`).
 */
export function FilterStages({ children }: { children: ReactNode }) {
  const filters = useAppStore((s) => s.filters);
  const drawn = useDeferredValue(filters);
  const [later, setLater] = useState(drawn);
  useEffect(() => {
    startTransition(() => {
      setLater(drawn);
    });
  }, [drawn]);
  return (
    <ShownFiltersContext value={drawn}>
      <LaterFiltersContext value={later}>
        <FollowingContext value={later !== filters}>{children}</FollowingContext>
      </LaterFiltersContext>
    </ShownFiltersContext>
  );
}

/** Its contents show the filters after the timeline has drawn them (step 3 of `FilterStages`). */
export function FollowsLater({ children }: { children: ReactNode }) {
  const later = useContext(LaterFiltersContext);
  return <ShownFiltersContext value={later}>{children}</ShownFiltersContext>;
}

/**
 * The page's main region, busy while a filter change is still being followed: assistive technology
 * waits for the last step before announcing (the summary's count is read once, not once per step).
 * Only its attribute changes: its contents are the same elements, so nothing under it renders again.
 */
export function StagedMain({ children, ...props }: ComponentProps<'main'>) {
  const following = useContext(FollowingContext);
  return (
    <main {...props} aria-busy={following || undefined}>
      {children}
    </main>
  );
}
