import { useEffect, useEffectEvent, useState } from 'react';
import type { Lookups } from '../../model/lookups';
import { wholeNumber } from '../../model/counts';
import { clusterSpanText, keyOfItem } from './chartTargets';
import { describeEvent } from './describeEvent';
import type { LanedEvents } from './readable/laneAssignment';
import type { ReadableLayout } from './readable/layoutTypes';
import { itemOf } from './readable/navigation';
import type { Window } from './readable/timeScale';
import type { WindowAnimator } from './useWindowAnimator';
import { centerWindow, clampWindow } from './zoomMath';

interface FocusInputs {
  laned: LanedEvents;
  layout: ReadableLayout;
  indexById: Pick<ReadonlyMap<string, number>, 'get'>;
  selectedId: string | null;
  lookups: Lookups;
  animator: WindowAnimator;
  range: Window;
  domain: Window;
  /** Whether the chart has its width yet: nothing is revealed before. */
  measured: boolean;
}

/**
 * The event the keyboard focus is on, and what is said about it: an event selected elsewhere (a figure,
 * the table) becomes the focused one, and an event focused or selected out of view is panned into it.
 */
export function useChartFocus(inputs: FocusInputs) {
  const { laned, layout, indexById, selectedId, animator, range, domain } = inputs;
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // Keyboard focus only: a click focuses the timeline too, but needs no focus ring.
  const [hasFocus, setHasFocus] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (seenSelection !== selectedId) {
    setSeenSelection(selectedId);
    if (selectedId !== null) setFocusedId(selectedId);
  }
  const focusedIndex = focusedId === null ? null : (indexById.get(focusedId) ?? null);
  const selectedIndex = selectedId === null ? null : (indexById.get(selectedId) ?? null);
  const focusedItem = focusedIndex === null ? null : itemOf(laned, layout, focusedIndex);
  const focusedKey = hasFocus && focusedItem !== null ? keyOfItem(laned, focusedItem) : null;

  /** Pans, keeping the zoom, so that an event out of view comes into the middle of the plot. */
  const reveal = (i: number) => {
    if (itemOf(laned, layout, i) !== null) return;
    const at = laned.at[i];
    if (at === undefined) return;
    animator.animate(range, clampWindow(centerWindow(range, at), domain));
  };

  // When the selection changes from outside, bring the event into view.
  const revealSelected = useEffectEvent(() => {
    if (selectedIndex !== null) reveal(selectedIndex);
  });
  useEffect(() => {
    if (inputs.measured) revealSelected();
  }, [selectedId, inputs.measured]);

  const focusEvent = (i: number) => {
    const event = laned.events[i];
    if (event === undefined) return;
    setFocusedId(event.id);
    const item = itemOf(laned, layout, i);
    const said = describeEvent(event, i, laned.events.length, inputs.lookups);
    setAnnouncement(
      item?.type === 'cluster'
        ? `${said} Drawn with ${wholeNumber(item.cluster.events.length - 1)} more: ${clusterSpanText(laned, item.cluster)}. Press Enter to list them.`
        : said,
    );
    reveal(i);
  };

  return {
    setFocusedId,
    hasFocus,
    setHasFocus,
    announcement,
    focusedIndex,
    selectedIndex,
    focusedItem,
    focusedKey,
    focusEvent,
  };
}
