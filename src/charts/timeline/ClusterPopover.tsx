import { lazy, Suspense } from 'react';
import type { LeanEvent } from '../../data/leanDataset';
import { formatEventDate } from '../../model/dates';
import type { LabelBox } from './readable/layoutTypes';
import { AXIS_HEIGHT } from './TimelineAxis';
import { PLOT_MARGIN } from './TimelineSvg';

// A cluster's list is fetched when first shown.
const ClusterList = lazy(() => import('./readable/ClusterList').then((m) => ({ default: m.ClusterList })));

const POPOVER_WIDTH = 320;

interface ClusterPopoverProps {
  events: readonly LeanEvent[];
  heading: string;
  /** The cluster's label box, which the list is placed under; undefined once it is out of the layout. */
  box: LabelBox | undefined;
  /** The chart's width, which the list stays inside. */
  width: number;
  onSelect: (id: string) => void;
  /** Zooms in on the cluster's span; undefined when the chart cannot zoom in further. */
  onZoom: (() => void) | undefined;
  onClose: () => void;
}

/** The events of a cluster, listed under its label. */
export function ClusterPopover({
  events,
  heading,
  box,
  width,
  onSelect,
  onZoom,
  onClose,
}: ClusterPopoverProps) {
  return (
    <div
      className="tl-cluster-popover"
      style={{
        left: Math.max(0, Math.min(width - POPOVER_WIDTH, (box?.x0 ?? 0) + PLOT_MARGIN)),
        top: (box?.y1 ?? 0) + AXIS_HEIGHT + 4,
      }}
    >
      <Suspense fallback={null}>
        <ClusterList
          events={events}
          heading={heading}
          dateOf={(event) => formatEventDate(event.date, event.datePrecision)}
          onSelect={onSelect}
          onZoom={onZoom}
          onClose={onClose}
        />
      </Suspense>
    </div>
  );
}
