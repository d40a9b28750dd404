import { useEffect, useId, useRef } from 'react';
import type { LeanEvent } from '../../../data/leanDataset';
import { KindGlyph } from '../KindGlyph';
import { wholeNumber } from '../../../model/counts';

interface ClusterListProps {
  /** The cluster's events, in drawing order. */
  events: readonly LeanEvent[];
  /** What the list is of: "13 events, 28 Sep 2023". */
  heading: string;
  dateOf: (event: LeanEvent) => string;
  onSelect: (id: string) => void;
  /** Zooms in on the cluster's span; absent when the view cannot zoom further. */
  onZoom?: () => void;
  /** Closes the list; focus goes back to the cluster. */
  onClose: () => void;
  /** Most events listed; the rest are reached by zooming in. */
  limit?: number;
}

/**
 * The events of a cluster, opened by a click or Enter on it: a list to pick one from, with a way to zoom
 * in on them. The first event takes the focus; Escape closes.
 */
export function ClusterList({
  events,
  heading,
  dateOf,
  onSelect,
  onZoom,
  onClose,
  limit = 100,
}: ClusterListProps) {
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  const listed = events.slice(0, limit);
  return (
    <div
      className="tl-cluster-list"
      role="dialog"
      aria-labelledby={`${id}-heading`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <div className="tl-cluster-list-header">
        <h3 id={`${id}-heading`}>{heading}</h3>
        <button type="button" className="btn" aria-label="Close the list" onClick={onClose}>
          ×
        </button>
      </div>
      <ul>
        {listed.map((event, i) => (
          <li key={event.id}>
            <button
              ref={i === 0 ? first : undefined}
              type="button"
              className="tl-cluster-list-item"
              onClick={() => {
                onSelect(event.id);
              }}
            >
              <KindGlyph kind={event.kind} inferred={event.dateBasis === 'inferred'} />
              <span className="tl-cluster-list-title">{event.title}</span>
              <span className="tl-cluster-list-date">{dateOf(event)}</span>
            </button>
          </li>
        ))}
      </ul>
      {events.length > listed.length && (
        <p className="tl-cluster-list-more">
          {wholeNumber(events.length - listed.length)} more: zoom in to reach them.
        </p>
      )}
      {onZoom !== undefined && (
        <button type="button" className="btn" onClick={onZoom}>
          Zoom in on these events
        </button>
      )}
    </div>
  );
}
