import { useEffect, useRef } from 'react';
import type { Selection } from '../../state/selectionSlice';
import { useAppStore } from '../../state/store';

/** Where the person was when the details opened or closed: what they acted on, and the page scroll. */
export interface OpenerMemory {
  /** The element that opened the details (the focused one, else the one pressed), or null. */
  element: Element | null;
  /** Its distance from the top of the viewport at that moment, to keep it there as the layout changes. */
  top: number | null;
  /** The element's nearest scrolling box inside the page (a table's), and that box's top. */
  scroller: Element | null;
  scrollerTop: number | null;
  scrollX: number;
  scrollY: number;
}

const FOCUSABLE =
  'button, a[href], input, select, textarea, [tabindex], tr, [data-event-id], [data-amount-id]';

export const isSelected = (s: Selection): boolean => s.eventId !== null || s.amountId !== null;

function currentOpener(lastPressed: Element | null): Element | null {
  const active = document.activeElement;
  if (active !== null && active !== document.body && active !== document.documentElement) return active;
  return lastPressed?.closest(FOCUSABLE) ?? lastPressed;
}

function scrollerOf(element: Element | null): Element | null {
  for (
    let box = element?.parentElement ?? null;
    box !== null && box !== document.body;
    box = box.parentElement
  ) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) return box;
  }
  return null;
}

function remember(element: Element | null): OpenerMemory {
  const scroller = scrollerOf(element);
  return {
    element,
    top: element?.getBoundingClientRect().top ?? null,
    scroller,
    scrollerTop: scroller?.getBoundingClientRect().top ?? null,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
  };
}

/**
 * Remembers, at the moment a selection opens the details and at the moment it is cleared, what the person
 * acted on and where the page was. The store is the source of truth: this only listens to it, before
 * React renders the change, so positions are measured in the layout the person saw.
 */
export function useSelectionOpener(): {
  opened: React.RefObject<OpenerMemory | null>;
  closed: React.RefObject<OpenerMemory | null>;
} {
  const opened = useRef<OpenerMemory | null>(null);
  const closed = useRef<OpenerMemory | null>(null);
  useEffect(() => {
    let lastPressed: Element | null = null;
    const onPointerDown = (e: PointerEvent) => {
      lastPressed = e.target instanceof Element ? e.target : null;
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    const unsubscribe = useAppStore.subscribe((next, prev) => {
      const was = isSelected(prev.selection);
      const is = isSelected(next.selection);
      if (!was && is) {
        opened.current = remember(currentOpener(lastPressed));
        closed.current = null;
      } else if (was && !is) {
        // The element to return to is the one that opened the details, measured where it is now.
        closed.current = remember(opened.current?.element ?? null);
      }
    });
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      unsubscribe();
    };
  }, []);
  return { opened, closed };
}

/** The element to give the focus back to: the opener, or what now stands for the same event or figure. */
export function returnTarget(memory: OpenerMemory | null): HTMLElement | SVGElement | null {
  const element = memory?.element ?? null;
  if (element === null) return null;
  const found = element.isConnected ? element : standIn(element);
  return found instanceof HTMLElement || found instanceof SVGElement ? found : null;
}

/** A chart may draw a selected mark anew: find the element for the same figure or event. */
function standIn(element: Element): Element | null {
  const amountId = element.getAttribute('data-amount-id');
  const eventId = element.getAttribute('data-event-id');
  if (amountId !== null) return document.querySelector(`#main [data-amount-id="${CSS.escape(amountId)}"]`);
  if (eventId !== null) return document.querySelector(`#main [data-event-id="${CSS.escape(eventId)}"]`);
  return null;
}

/**
 * Keeps what the person acted on where it was in the viewport while the layout settles after the details
 * column appears or goes (charts re-measure themselves over the next frames): first within its own
 * scrolling box, then on the page. Stops when the person scrolls.
 */
export function keepInPlace(
  memory: OpenerMemory | null,
  element = memory?.element ?? null,
  frames = 12,
): void {
  if (memory === null || element === null || memory.top === null) return;
  const { top, scroller, scrollerTop } = memory;
  let left = frames;
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  const options = { once: true, passive: true, capture: true } as const;
  const events = ['wheel', 'touchstart', 'keydown'] as const;
  for (const type of events) window.addEventListener(type, stop, options);
  const step = () => {
    if (stopped || !element.isConnected) return;
    if (scroller !== null && scrollerTop !== null && scroller.isConnected) {
      const offset = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      const drift = offset - (top - scrollerTop);
      if (Math.abs(drift) >= 1) scroller.scrollTop += drift;
    }
    const delta = element.getBoundingClientRect().top - top;
    if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: 'instant' });
    if (--left > 0) requestAnimationFrame(step);
    else for (const type of events) window.removeEventListener(type, stop, options);
  };
  step();
}
