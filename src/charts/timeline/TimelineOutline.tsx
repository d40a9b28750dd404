import { memo } from 'react';
import type { LeanEvent } from '../../data/leanDataset';
import { plural } from '../../model/counts';
import { KIND_LABELS } from '../../model/eventKinds';
import { actorNames, type Lookups } from '../../model/lookups';
import type { DateGroup } from './readable/dateGroups';

/** Most events listed: past it, the outline says how many more dates are in view. */
const MAX_LISTED = 150;

interface OutlineProps {
  events: readonly LeanEvent[];
  groups: readonly DateGroup[];
  /** The visible window: dates that overlap it are listed. */
  range: [number, number];
  lookups: Lookups;
}

/**
 * What the chart shows, as a structure a screen reader can browse: the dates in view as headings, each
 * with the list of its events (title, kind, actors). Hidden from sight: the chart shows the same.
 */
export const TimelineOutline = memo(function TimelineOutline({
  events,
  groups,
  range,
  lookups,
}: OutlineProps) {
  const inView = groups.filter((g) => g.end > range[0] && g.start < range[1]);
  const listed: { group: DateGroup; shown: readonly number[] }[] = [];
  let count = 0;
  for (const group of inView) {
    if (count > 0 && count + group.events.length > MAX_LISTED) break;
    // A single date can hold thousands of events: list its first ones and count the others.
    const shown = group.events.slice(0, MAX_LISTED);
    listed.push({ group, shown });
    count += shown.length;
  }
  const rest = inView.length - listed.length;
  return (
    <section className="visually-hidden tl-outline" aria-label="Events in view, by date">
      <ol>
        {listed.map(({ group, shown }) => (
          <li key={group.key}>
            <h3>
              <time dateTime={group.date}>{group.label}</time>
            </h3>
            <ul>
              {shown.map((i) => {
                const event = events[i];
                if (event === undefined) return null;
                const actors = actorNames(event, lookups);
                return (
                  <li key={event.id}>
                    {event.title}
                    {event.draft === true ? ' (draft)' : ''}. {KIND_LABELS[event.kind]}
                    {actors.length > 0 ? `; ${actors.join(', ')}` : ''}.
                  </li>
                );
              })}
            </ul>
            {shown.length < group.events.length && (
              <p>{plural(group.events.length - shown.length, 'more event')} on this date: use the table.</p>
            )}
          </li>
        ))}
      </ol>
      {rest > 0 && <p>{plural(rest, 'more date')} in view: zoom in, or use the table.</p>}
    </section>
  );
});
