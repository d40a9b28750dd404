import { useEffect, useRef } from 'react';
import { useLookups } from '../../model/lookups';
import { useAppStore } from '../../state/store';
import { OnDemand } from '../../components/OnDemand';
import { preloadComponent } from '../../components/preloadComponent';
import './details.css';

// The details are loaded when something is first selected; the panel and its empty state are not.
// Not part of the first load, but fetched right after it, so a selection shows its details at once.
const AmountDetails = preloadComponent(() => import('./AmountDetails').then((m) => m.AmountDetails));
const EventDetails = preloadComponent(() => import('./EventDetails').then((m) => m.EventDetails));
const DETAILS_MIN_HEIGHT = 200;

/** Where the details panel sits below the main column instead of beside it (see app.css). */
const STACKED_QUERY = '(max-width: 899px)';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Details and sources of the selected event or figure. Escape closes them. */
export function DetailsPanel() {
  const lookups = useLookups();
  const eventId = useAppStore((s) => s.selection.eventId);
  const amountId = useAppStore((s) => s.selection.amountId);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const amount = amountId === null ? undefined : lookups.amountsById.get(amountId);
  const event = lookups.eventsById.get(eventId ?? amount?.eventId ?? '');
  const hasSelection = amount !== undefined || event !== undefined;

  const close = () => {
    const hadFocus = panelRef.current?.contains(document.activeElement) ?? false;
    clearSelection();
    // What had the focus is about to disappear: keep it in the panel.
    if (hadFocus) headingRef.current?.focus();
  };

  useEffect(() => {
    if (!hasSelection) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || isTyping(e.target)) return;
      const hadFocus = panelRef.current?.contains(document.activeElement) ?? false;
      clearSelection();
      if (hadFocus) headingRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [hasSelection, clearSelection]);

  // On narrow screens the panel is below the charts: bring it into view when something is selected.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if ((eventId === null && amountId === null) || !window.matchMedia(STACKED_QUERY).matches) return;
    const heading = headingRef.current;
    if (heading === null) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }, [eventId, amountId]);

  return (
    <aside ref={panelRef} className="card details-panel" aria-labelledby="details-title">
      <div className="card-header">
        <h2 id="details-title" className="card-title" ref={headingRef} tabIndex={-1}>
          Details
        </h2>
        {hasSelection && (
          <button type="button" className="btn btn-quiet" onClick={close} aria-keyshortcuts="Escape">
            Close<span className="visually-hidden"> details</span>
          </button>
        )}
      </div>
      <div className="card-body details-body">
        {hasSelection && (
          <OnDemand minHeight={DETAILS_MIN_HEIGHT}>
            {amount !== undefined && <AmountDetails amount={amount} />}
            {amount !== undefined && event !== undefined && <hr className="details-divider" />}
            {event !== undefined && (
              <EventDetails event={event} lookups={lookups} currentAmountId={amount?.id ?? null} />
            )}
          </OnDemand>
        )}
        {!hasSelection && (
          <p className="muted details-empty">
            Select an event or a figure to see its date, the people and money involved, and every quote from
            the sources that report it.
          </p>
        )}
      </div>
    </aside>
  );
}
