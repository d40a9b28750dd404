// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetAppState, useAppStore } from '../state/store';
import { useShownFilters } from '../state/useFilteredView';
import { FilterStages, FollowsLater, StagedMain } from './FilterStages';

/** Each render of a probe, as "name:kinds". */
let renders: string[] = [];

/** Notes the filters it shows at each render: the store's for a control, else those of its part. */
function Probe({ name, control = false }: { name: string; control?: boolean }) {
  const shown = useShownFilters();
  const stored = useAppStore((s) => s.filters);
  const kinds = (control ? stored : shown).kinds.join(',');
  renders.push(`${name}:${kinds}`);
  return <p data-probe={name}>{kinds}</p>;
}

function renderPage() {
  return render(
    <FilterStages>
      <Probe name="control" control />
      <Probe name="timeline" />
      <FollowsLater>
        <Probe name="figures" />
      </FollowsLater>
    </FilterStages>,
  );
}

const firstRender = (entry: string) => {
  const at = renders.indexOf(entry);
  expect(at, entry).toBeGreaterThanOrEqual(0);
  return at;
};

describe('FilterStages', () => {
  beforeEach(() => {
    resetAppState();
    renders = [];
  });
  afterEach(() => {
    cleanup();
  });

  it('shows a change in the control first, then the timeline, then the later parts', () => {
    const { container } = renderPage();
    act(() => {
      useAppStore.getState().toggleKind('visit');
    });
    const control = firstRender('control:visit');
    const timeline = firstRender('timeline:visit');
    const figures = firstRender('figures:visit');
    expect(control).toBeLessThan(timeline);
    expect(timeline).toBeLessThan(figures);
    // The control's own render showed the timeline still on the filters it had drawn.
    expect(renders.slice(control, control + 2)).toEqual(['control:visit', 'timeline:']);
    const shown = [...container.querySelectorAll('[data-probe]')].map((p) => p.textContent);
    expect(shown).toEqual(['visit', 'visit', 'visit']);
  });

  it('keeps the main region busy from the first step until the last one has drawn', () => {
    /** Whether the main region was busy when each later part rendered: the steps before had committed. */
    const busyAt: string[] = [];
    function Later({ name }: { name: string }) {
      const kinds = useShownFilters().kinds.join(',');
      busyAt.push(`${name}:${kinds}:${document.querySelector('main')?.getAttribute('aria-busy') ?? 'idle'}`);
      return <p>{kinds}</p>;
    }
    const { container } = render(
      <FilterStages>
        <StagedMain>
          <Later name="timeline" />
          <FollowsLater>
            <Later name="figures" />
          </FollowsLater>
        </StagedMain>
      </FilterStages>,
    );
    const main = container.querySelector('main');
    expect(main?.hasAttribute('aria-busy')).toBe(false);
    act(() => {
      useAppStore.getState().toggleKind('visit');
    });
    expect(busyAt).toContain('timeline:visit:true');
    expect(busyAt).toContain('figures:visit:true');
    expect(main?.hasAttribute('aria-busy')).toBe(false);
  });

  it('starts every part on the filters in the store', () => {
    useAppStore.getState().setFilters({ kinds: ['meeting'] });
    const { container } = renderPage();
    const shown = [...container.querySelectorAll('[data-probe]')].map((p) => p.textContent);
    expect(shown).toEqual(['meeting', 'meeting', 'meeting']);
  });
});
