import { useId, useState } from 'react';
import type { LeanEvent } from '../../../data/leanDataset';
import { KindGlyph } from '../KindGlyph';
import { KIND_LABELS } from '../../../model/eventKinds';
import type { DateGroup } from './dateGroups';

/** What a card shows of an event besides its kind, title and date. */
export interface CardFacts {
  actors: readonly string[];
  /** Figures as labels ("$325M committed"). */
  figures: readonly string[];
  sources: number;
}

interface ReadingViewProps {
  events: readonly LeanEvent[];
  groups: readonly DateGroup[];
  /** The sentence that sums up the events (see `summarizeTimeline`). */
  summary: string;
  factsOf: (event: LeanEvent) => CardFacts;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** How many dates are listed before "Show more" (a dataset of 100,000 events stays quick). */
  pageSize?: number;
}

/**
 * The timeline as a phone reads it: a vertical list of dates, each a heading, with its events as cards
 * (kind glyph and name, title, actors, figure chips, number of sources). A card selects its event.
 */
export function ReadingView({
  events,
  groups,
  summary,
  factsOf,
  selectedId,
  onSelect,
  pageSize = 60,
}: ReadingViewProps) {
  const id = useId();
  const [shown, setShown] = useState(pageSize);
  if (groups.length === 0) return <p className="tl-empty">No events match the filters.</p>;
  const visible = groups.slice(0, shown);
  return (
    <section className="tl-reading" aria-labelledby={`${id}-summary`}>
      <p id={`${id}-summary`} className="tl-reading-summary">
        {summary}
      </p>
      <ol className="tl-reading-days">
        {visible.map((group) => (
          <li key={group.key} className="tl-reading-day">
            <h3 className="tl-reading-date" id={`${id}-${group.key}`}>
              <time dateTime={group.date}>{group.label}</time>
            </h3>
            <ul className="tl-reading-events" aria-labelledby={`${id}-${group.key}`}>
              {group.events.map((i) => {
                const event = events[i];
                if (event === undefined) return null;
                const facts = factsOf(event);
                const selected = event.id === selectedId;
                return (
                  <li key={event.id}>
                    <button
                      type="button"
                      className="tl-card"
                      aria-pressed={selected}
                      data-event-id={event.id}
                      onClick={() => {
                        onSelect(event.id);
                      }}
                    >
                      <span className="tl-card-kind">
                        <KindGlyph kind={event.kind} inferred={event.dateBasis === 'inferred'} />
                        {KIND_LABELS[event.kind]}
                      </span>
                      <span className="tl-card-title">
                        {event.title}
                        {event.draft === true && <span className="tl-draft-mark">draft</span>}
                      </span>
                      {facts.actors.length > 0 && (
                        <span className="tl-card-actors">{facts.actors.join(', ')}</span>
                      )}
                      {facts.figures.length > 0 && (
                        <span className="tl-card-figures">
                          {facts.figures.map((f) => (
                            <span key={f} className="tl-card-figure">
                              {f}
                            </span>
                          ))}
                        </span>
                      )}
                      <span className="tl-card-sources">
                        {facts.sources} source{facts.sources === 1 ? '' : 's'}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      {shown < groups.length && (
        <button
          type="button"
          className="btn tl-reading-more"
          onClick={() => {
            setShown((n) => n + pageSize);
          }}
        >
          Show more dates ({groups.length - shown} left)
        </button>
      )}
    </section>
  );
}
