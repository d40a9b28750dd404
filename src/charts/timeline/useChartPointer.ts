import { pointer } from 'd3-selection';
import type { MouseEvent, PointerEvent, RefObject } from 'react';
import { keyOfItem } from './chartTargets';
import type { LanedEvents } from './readable/laneAssignment';
import type { ClusterMark, ReadableLayout } from './readable/layoutTypes';
import { hitTest, type FocusItem } from './readable/navigation';
import type { Shift } from './readable/ReadableMarks';

interface PointerInputs {
  laned: LanedEvents;
  layout: ReadableLayout;
  /** Where the layout's positions are drawn (see useChartLayout). */
  shift: Shift;
  hoveredKey: string | null;
  setHoveredKey: (key: string | null) => void;
  /** A click on an event drawn on its own. */
  onEvent: (id: string) => void;
  /** A click on a cluster. */
  onCluster: (cluster: ClusterMark) => void;
}

/**
 * The pointer over the plot group `plotRef` (whose coordinates the layout's are): what is under it is
 * hovered, and a click opens it.
 */
export function useChartPointer(plotRef: RefObject<SVGGElement | null>, inputs: PointerInputs) {
  const { laned, layout, shift } = inputs;

  const hitAt = (e: MouseEvent): FocusItem | null => {
    const node = plotRef.current;
    if (node === null) return null;
    const [px, py] = pointer(e.nativeEvent, node);
    return hitTest(layout, (px - shift.offset) / shift.scale, py);
  };

  const onPointerMove = (e: PointerEvent) => {
    if (e.buttons !== 0) return;
    const hit = hitAt(e);
    const key = hit === null ? null : keyOfItem(laned, hit);
    if (key !== inputs.hoveredKey) inputs.setHoveredKey(key);
  };

  const onClick = (e: MouseEvent) => {
    const hit = hitAt(e);
    if (hit === null) return;
    if (hit.type === 'cluster') {
      inputs.onCluster(hit.cluster);
      return;
    }
    const event = laned.events[hit.mark.event];
    if (event !== undefined) inputs.onEvent(event.id);
  };

  return { onPointerMove, onClick };
}
