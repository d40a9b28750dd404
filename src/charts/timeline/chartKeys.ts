import type { FocusEvent, KeyboardEvent } from 'react';
import type { LanedEvents } from './readable/laneAssignment';
import type { ClusterMark, ReadableLayout } from './readable/layoutTypes';
import { moveFocus, type FocusItem, type NavigationKey } from './readable/navigation';
import { firstInView } from './chartTargets';

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

interface ChartKeyInputs {
  laned: LanedEvents;
  layout: ReadableLayout;
  /** The event with the keyboard focus, and where it is drawn (null when out of view). */
  focusedIndex: number | null;
  focusedItem: FocusItem | null;
  selectedIndex: number | null;
  /** Notes that the keyboard is in use, so the focus ring shows. */
  showFocus: () => void;
  focusEvent: (index: number) => void;
  openList: (cluster: ClusterMark) => void;
  selectEvent: (id: string) => void;
  /** Zooms by a factor about an x position in the plot (its middle when left out). */
  zoomBy: (factor: number, atX?: number) => void;
  fitAll: () => void;
}

/**
 * The timeline's keyboard: arrows, Home and End move the focus between events, Enter or Space opens the
 * focused event or lists a cluster's, plus and minus zoom about it, 0 fits all.
 */
export function chartKeyHandlers(inputs: ChartKeyInputs) {
  const { laned, layout, focusedIndex, focusedItem, showFocus, focusEvent } = inputs;

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || !e.currentTarget.matches(':focus-visible')) return;
    showFocus();
    if (focusedIndex !== null) return;
    const start = inputs.selectedIndex ?? firstInView(layout, laned);
    if (start !== null) focusEvent(start);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.target !== e.currentTarget) return;
    const key = e.key;
    if (NAVIGATION_KEYS.has(key)) {
      e.preventDefault();
      showFocus();
      if (focusedIndex === null) {
        const start = firstInView(layout, laned);
        if (start !== null) focusEvent(start);
        return;
      }
      const next = moveFocus(laned, layout, focusedIndex, key as NavigationKey);
      if (next !== null) focusEvent(next);
      return;
    }
    if (key === 'Enter' || key === ' ') {
      if (focusedItem === null) return;
      e.preventDefault();
      if (focusedItem.type === 'cluster') inputs.openList(focusedItem.cluster);
      else {
        const event = laned.events[focusedItem.mark.event];
        if (event !== undefined) inputs.selectEvent(event.id);
      }
      return;
    }
    if (key === '+' || key === '=' || key === '-' || key === '_') {
      e.preventDefault();
      const at =
        focusedItem === null
          ? undefined
          : focusedItem.type === 'event'
            ? focusedItem.mark.x
            : focusedItem.cluster.x0;
      inputs.zoomBy(key === '+' || key === '=' ? 2 : 0.5, at);
      return;
    }
    if (key === '0') {
      e.preventDefault();
      inputs.fitAll();
    }
  };

  return { onFocus, onKeyDown };
}
