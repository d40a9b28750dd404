import { useEffect, useRef, type RefObject } from 'react';
import type { Amount } from '../../data/schema';
import type { LeanEvent } from '../../data/leanDataset';
import { useLookups, type Lookups } from '../../model/lookups';
import { useAppStore } from '../../state/store';
import { OnDemand } from '../../components/OnDemand';
import { preloadComponent } from '../../components/preloadComponent';
import { firstViewPainted } from '../firstView';
import { useMediaQuery } from '../../components/useMediaQuery';
import { isSelected, keepInPlace, returnTarget, useSelectionOpener } from './selectionOpener';
import './details.css';

// Not part of the first load, but fetched once the first view is painted, so a selection shows its
// details at once.
const AmountDetails = preloadComponent(() =>
  firstViewPainted.then(() => import('./AmountDetails')).then((m) => m.AmountDetails),
);
const EventDetails = preloadComponent(() =>
  firstViewPainted.then(() => import('./EventDetails')).then((m) => m.EventDetails),
);
const DETAILS_MIN_HEIGHT = 200;

/** Below this width the details open as a modal sheet over the page instead of a column beside it. */
export const DETAILS_SHEET_QUERY = '(max-width: 899px)';

interface SelectedItems {
  lookups: Lookups;
  amount: Amount | undefined;
  event: LeanEvent | undefined;
}

/** The selected figure and event, resolved in the dataset (an unknown id selects nothing). */
function useSelectedItems(): SelectedItems {
  const lookups = useLookups();
  const eventId = useAppStore((s) => s.selection.eventId);
  const amountId = useAppStore((s) => s.selection.amountId);
  // With nothing selected no map is read: building one over 100,000 events is felt at the first view.
  const amount = amountId === null ? undefined : lookups.amountsById.get(amountId);
  const id = eventId ?? amount?.eventId;
  const event = id === undefined ? undefined : lookups.eventsById.get(id);
  return { lookups, amount, event };
}

/** Whether the details are open: something is selected. */
export function useDetailsOpen(): boolean {
  const { amount, event } = useSelectedItems();
  return amount !== undefined || event !== undefined;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function DetailsCard({
  items,
  headingRef,
  onClose,
}: {
  items: SelectedItems;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}) {
  const { amount, event, lookups } = items;
  return (
    <aside className="card details-panel" aria-labelledby="details-title">
      <div className="card-header details-header">
        <h2 id="details-title" className="card-title" ref={headingRef} tabIndex={-1}>
          Details
        </h2>
        <button type="button" className="btn details-close" onClick={onClose} aria-keyshortcuts="Escape">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path
              d="M4 4l8 8M12 4l-8 8"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          </svg>
          Close<span className="visually-hidden"> details</span>
        </button>
      </div>
      <div className="card-body details-body">
        <OnDemand minHeight={DETAILS_MIN_HEIGHT}>
          {amount !== undefined && <AmountDetails amount={amount} />}
          {amount !== undefined && event !== undefined && <hr className="details-divider" />}
          {event !== undefined && (
            <EventDetails event={event} lookups={lookups} currentAmountId={amount?.id ?? null} />
          )}
        </OnDemand>
      </div>
    </aside>
  );
}

/**
 * Details and sources of the selected event or figure: a column beside the views on wide screens, a
 * modal sheet on narrow ones. Open exactly while something is selected; closing clears the selection,
 * gives the focus back to what opened the details and leaves the page where it was.
 */
export function DetailsPanel() {
  const items = useSelectedItems();
  const open = items.amount !== undefined || items.event !== undefined;
  const sheet = useMediaQuery(DETAILS_SHEET_QUERY);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const wasOpen = useRef(false);
  const { opened, closed } = useSelectionOpener();

  // Escape closes the column, wherever the focus is (the sheet closes itself on Escape).
  useEffect(() => {
    if (!open || sheet) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || isTyping(e.target)) return;
      clearSelection();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, sheet, clearSelection]);

  // The sheet follows the selection: shown while something is selected.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!sheet || dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      headingRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open, sheet]);

  // Opening and closing never move what the person acted on; closing gives it the focus back.
  useEffect(() => {
    const was = wasOpen.current;
    wasOpen.current = open;
    if (open && !was && !sheet) {
      keepInPlace(opened.current);
    } else if (!open && was) {
      const memory = closed.current;
      const target = returnTarget(memory);
      const focusLost = document.activeElement === null || document.activeElement === document.body;
      if (sheet || focusLost) {
        target?.focus({ preventScroll: true });
        // Not every opener takes the focus (a pressed table row): then the views do.
        if (document.activeElement !== target)
          document.getElementById('main')?.focus({ preventScroll: true });
      }
      if (memory === null) return;
      if (sheet) window.scrollTo({ left: memory.scrollX, top: memory.scrollY, behavior: 'instant' });
      else keepInPlace(memory, target);
    }
  }, [open, sheet, opened, closed]);

  const onDialogClose = () => {
    // Escape or the backdrop closed the sheet: the selection follows.
    if (isSelected(useAppStore.getState().selection)) clearSelection();
  };

  if (sheet) {
    return (
      <dialog
        ref={dialogRef}
        className="details-sheet"
        aria-labelledby="details-title"
        onClose={onDialogClose}
        onClick={(e) => {
          // A press on the backdrop lands on the dialog itself, outside its card.
          if (e.target === e.currentTarget) e.currentTarget.close();
        }}
      >
        {open && <DetailsCard items={items} headingRef={headingRef} onClose={clearSelection} />}
      </dialog>
    );
  }
  return open ? <DetailsCard items={items} headingRef={headingRef} onClose={clearSelection} /> : null;
}
