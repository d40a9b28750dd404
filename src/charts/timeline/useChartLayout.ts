import type { ScaleTime } from 'd3-scale';
import { useDeferredValue, useMemo } from 'react';
import type { Actor } from '../../data/schema';
import type { LaneGrouping } from '../../state/viewSlice';
import { axisTicks, type AxisTick } from './axis';
import { assignLanes, type LanedEvents } from './readable/laneAssignment';
import { layoutReadable } from './readable/layoutReadable';
import type { ReadableLayout } from './readable/layoutTypes';
import { NO_SHIFT, type Shift } from './readable/ReadableMarks';
import { plotHeightBudget } from './readable/plotHeight';
import { baseTimeScale, shiftBetween, windowScale, type Window } from './readable/timeScale';
import { pageLabelMeasure, pageMeasure } from './timelineText';
import type { TimelineModel } from './useTimelineModel';
import { useLayoutWindow } from './useLayoutWindow';

interface ChartInputs {
  model: TimelineModel;
  actors: readonly Actor[];
  grouping: LaneGrouping;
  preferredActors: readonly string[];
  /** The window shown (see useViewWindow). */
  range: Window;
  plotWidth: number;
  viewportHeight: number;
  narrow: boolean;
  /** Whether a gesture or an animation is moving the view (see useLayoutWindow). */
  moving: boolean;
}

/** What the chart draws, derived from the events, the window and the size. */
export interface ChartLayout {
  laned: LanedEvents;
  base: ScaleTime<number, number>;
  /** The window shown, and the scale that shows it. */
  range: Window;
  x: ScaleTime<number, number>;
  /** The window the layout was made for: behind `range` while the view moves (see useLayoutWindow). */
  layoutRange: Window;
  layout: ReadableLayout;
  /** Where the layout's positions are drawn under `x`. */
  shift: Shift;
  ticks: AxisTick[];
  indexById: TimelineModel['indexById'];
}

/**
 * The timeline's derived views: the events in lanes, the scales, the layout and the axis. Marks move
 * with every zoom step at once; their labels are laid out again when the view comes to rest or has moved
 * too far from the layout, in a deferred render which a next step interrupts, so a gesture never waits for a
 * layout. Only the window is deferred: a new width or new events are laid out at once.
 */
export function useChartLayout(inputs: ChartInputs): ChartLayout {
  const { model, actors, grouping, preferredActors, range, plotWidth, viewportHeight, narrow } = inputs;
  const domain = model.domain;
  const laned = useMemo(
    () =>
      assignLanes(model.events, grouping, actors, {
        maxActorLanes: narrow ? 6 : 8,
        preferredActors,
      }),
    [model.events, actors, grouping, narrow, preferredActors],
  );
  const base = useMemo(() => baseTimeScale(domain, plotWidth), [domain, plotWidth]);
  const x = useMemo(() => windowScale(base, range), [base, range]);
  const size = useMemo(
    () => ({ width: plotWidth, height: plotHeightBudget(viewportHeight, narrow, laned.lanes.length) }),
    [plotWidth, viewportHeight, narrow, laned.lanes.length],
  );
  const layoutRange = useDeferredValue(useLayoutWindow(range, base, inputs.moving));
  const layoutX = useMemo(() => windowScale(base, layoutRange), [base, layoutRange]);
  const layout = useMemo(
    () => layoutReadable(laned, layoutX, size, pageLabelMeasure),
    [laned, layoutX, size],
  );
  // Once the layout is the view's own, its positions are drawn as they are, not through a near-identity map.
  const shift = useMemo(
    () => (layoutRange === range ? NO_SHIFT : shiftBetween(layoutX, x)),
    [layoutRange, range, layoutX, x],
  );
  const ticks = useMemo(() => axisTicks(x, pageMeasure), [x]);
  const indexById = model.indexById;
  return { laned, base, range, x, layoutRange, layout, shift, ticks, indexById };
}
