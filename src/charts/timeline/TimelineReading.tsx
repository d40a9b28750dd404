import { formatAmountLabel } from '../../model/money';
import { actorNames, sourceCount, useLookups } from '../../model/lookups';
import { useAppStore } from '../../state/store';
import { ReadingView } from './readable/ReadingView';
import type { TimelineModel } from './useTimelineModel';

/** The timeline as a vertical list of dates and event cards, sharing the filters and the selection. */
export function TimelineReading({ model }: { model: TimelineModel }) {
  const lookups = useLookups();
  const selectedId = useAppStore((s) => s.selection.eventId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  return (
    <ReadingView
      events={model.events.events}
      groups={model.groups}
      summary={model.summary}
      factsOf={(event) => ({
        actors: actorNames(event, lookups),
        figures: (lookups.amountsByEvent.get(event.id) ?? []).map(formatAmountLabel),
        sources: sourceCount(event),
      })}
      selectedId={selectedId}
      onSelect={selectEvent}
    />
  );
}
