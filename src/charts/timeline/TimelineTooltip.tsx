import type { LeanEvent } from '../../data/leanDataset';
import { formatAmountLabel } from '../../model/money';
import { formatEventDate, formatRange } from '../../model/dates';
import { KindGlyph } from './KindGlyph';
import { KIND_LABELS } from '../../model/eventKinds';
import { actorNames, sourceCount, type Lookups } from '../../model/lookups';

export type TooltipContent =
  | { type: 'event'; event: LeanEvent }
  | { type: 'cluster'; count: number; from: number; to: number; canZoom: boolean };

interface TooltipProps {
  id: string;
  content: TooltipContent;
  /** Anchor point in px from the top left of the chart container. */
  x: number;
  y: number;
  containerWidth: number;
  /** Show it above the anchor (for marks in the lower half, so it covers less of the chart). */
  above: boolean;
  lookups: Lookups;
}

const WIDTH = 280;

/** What an event or a cluster is, next to the pointer or the focused glyph. */
export function TimelineTooltip({ id, content, x, y, containerWidth, above, lookups }: TooltipProps) {
  const width = Math.min(WIDTH, containerWidth - 8);
  const left = Math.max(4, Math.min(x + 14, containerWidth - width - 4));
  const flip = x + 14 + width > containerWidth && x - 14 - width >= 4;
  return (
    <div
      id={id}
      role="tooltip"
      className={above ? 'tl-tooltip tl-tooltip-above' : 'tl-tooltip'}
      style={{ left: flip ? x - 14 - width : left, top: above ? y - 14 : y + 16, width }}
    >
      {content.type === 'event' ? (
        <EventTip event={content.event} lookups={lookups} />
      ) : (
        <>
          <p className="tl-tooltip-title">
            {content.count} events, {formatRange(content.from, content.to)}
          </p>
          <p className="tl-tooltip-hint">
            {content.canZoom
              ? 'Click or press Enter to list them; zoom in to draw them apart.'
              : 'Click or press Enter to list them.'}
          </p>
        </>
      )}
    </div>
  );
}

function EventTip({ event, lookups }: { event: LeanEvent; lookups: Lookups }) {
  const amounts = lookups.amountsByEvent.get(event.id) ?? [];
  const actors = actorNames(event, lookups);
  const sources = sourceCount(event);
  return (
    <>
      <p className="tl-tooltip-date">
        {formatEventDate(event.date, event.datePrecision)}
        {event.dateBasis === 'inferred' && <span> (inferred)</span>}
      </p>
      <p className="tl-tooltip-title">{event.title}</p>
      <p className="tl-tooltip-kind">
        <KindGlyph kind={event.kind} inferred={event.dateBasis === 'inferred'} /> {KIND_LABELS[event.kind]}
      </p>
      {actors.length > 0 && <p className="tl-tooltip-actors">{actors.join(', ')}</p>}
      {amounts.length > 0 && (
        <ul className="tl-tooltip-figures">
          {amounts.map((a) => (
            <li key={a.id}>
              <strong>{formatAmountLabel(a)}</strong> {a.label}
            </li>
          ))}
        </ul>
      )}
      <p className="tl-tooltip-hint">
        {sources} source{sources === 1 ? '' : 's'} · click or press Enter for details
      </p>
    </>
  );
}
