import { memo } from 'react';
import { glyphPath } from '../../../model/eventKinds';
import { kindColor } from '../../../model/kindColors';
import type { LanedEvents } from './laneAssignment';
import type { ClusterMark, EventMark, LabelBox, ReadableLayout } from './layoutTypes';

/** Sizes the layout was computed with; the text is drawn at the size it was measured at. */
export interface MarkStyle {
  glyph: number;
  /** Font size of labels, chips and lane names in px (12 or more). */
  fontSize: number;
  chipHeight: number;
}

export const defaultMarkStyle: MarkStyle = { glyph: 12, fontSize: 12, chipHeight: 16 };

interface MarksProps {
  layout: ReadableLayout;
  events: LanedEvents;
  style?: MarkStyle;
  /** The event selected, focused or under the pointer (by id); its box gets a ring. */
  selectedId?: string | null;
  focusedKey?: string | null;
  hoveredKey?: string | null;
}

/** A stable key for what is drawn: `e:<event id>` or `c:<id of its first event>`. */
export function markKey(events: LanedEvents, item: EventMark | ClusterMark): string {
  if ('event' in item) return `e:${events.events[item.event]?.id ?? ''}`;
  return `c:${events.events[item.first]?.id ?? ''}`;
}

function Lines({ box, className }: { box: LabelBox; className: string }) {
  return box.lines.map((line, i) => (
    <text key={i} className={className} x={line.x} y={line.y} dy="0.35em" textAnchor={box.anchor}>
      {line.text}
    </text>
  ));
}

function Ring({ box, className }: { box: LabelBox; className: string }) {
  return (
    <rect
      className={className}
      x={box.x0 - 3}
      y={box.y0 + 1}
      width={box.x1 - box.x0 + 6}
      height={box.y1 - box.y0 - 2}
      rx={5}
      fill="none"
    />
  );
}

/**
 * Draws a readable layout: lane bands and names, then each event (its date's span when imprecise, its
 * kind's glyph, its title, its other actors as chips) and each cluster (its span, a stack glyph, the
 * first event's title and how many more). Nothing is measured or placed here: the layout did it.
 */
export const ReadableMarks = memo(function ReadableMarks({
  layout,
  events,
  style = defaultMarkStyle,
  selectedId = null,
  focusedKey = null,
  hoveredKey = null,
}: MarksProps) {
  const half = style.glyph / 2;
  return (
    <g className="tl-readable" fontSize={style.fontSize}>
      <g className="tl-lanes">
        {layout.lanes.map((band) =>
          band.name === null ? null : (
            <g key={band.lane.key} className="tl-lane">
              {band.index % 2 === 1 && (
                <rect
                  className="tl-lane-band"
                  x={0}
                  y={band.y0}
                  width={layout.width}
                  height={band.y1 - band.y0}
                />
              )}
              <text
                className="tl-lane-name"
                x={band.name.x0}
                y={(band.name.y0 + band.name.y1) / 2}
                dy="0.35em"
              >
                {band.lane.label}
              </text>
            </g>
          ),
        )}
      </g>
      {layout.marks.map((mark) => {
        const event = events.events[mark.event];
        const box = layout.labelBoxes[mark.box];
        if (event === undefined || box === undefined) return null;
        const key = markKey(events, mark);
        const color = kindColor(event.kind);
        const inferred = event.dateBasis === 'inferred';
        return (
          <g key={key} className="tl-mark" data-event-id={event.id} data-key={key}>
            {mark.range !== null && (
              <rect
                className="tl-range"
                x={mark.range[0]}
                y={mark.y - half}
                width={mark.range[1] - mark.range[0]}
                height={style.glyph}
                rx={2}
                fill={color}
              />
            )}
            <path
              className="tl-glyph"
              transform={`translate(${mark.x},${mark.y})`}
              d={glyphPath(event.kind, style.glyph)}
              fill={inferred ? 'var(--surface)' : color}
              stroke={inferred ? color : 'var(--surface)'}
              strokeWidth={inferred ? 1.75 : 1}
            />
            <Lines box={box} className="tl-title" />
            {box.chips.map((chip) => (
              <g key={chip.text} className={chip.draft === true ? 'tl-chip tl-chip-draft' : 'tl-chip'}>
                <rect
                  x={chip.x}
                  y={chip.y - style.chipHeight / 2}
                  width={chip.width}
                  height={style.chipHeight}
                  rx={style.chipHeight / 2}
                />
                <text x={chip.x + chip.width / 2} y={chip.y} dy="0.35em" textAnchor="middle">
                  {chip.text}
                </text>
              </g>
            ))}
            {key === hoveredKey && event.id !== selectedId && <Ring box={box} className="tl-hover-ring" />}
            {event.id === selectedId && <Ring box={box} className="tl-selected-ring" />}
            {key === focusedKey && <Ring box={box} className="tl-focus-ring" />}
          </g>
        );
      })}
      {layout.clusters.map((cluster) => {
        const box = layout.labelBoxes[cluster.box];
        if (box === undefined) return null;
        const key = markKey(events, cluster);
        return (
          <g key={key} className="tl-cluster" data-key={key} data-count={cluster.events.length}>
            {cluster.x1 > cluster.x0 && (
              <line
                className="tl-cluster-span"
                x1={cluster.x0}
                x2={cluster.x1}
                y1={cluster.y}
                y2={cluster.y}
              />
            )}
            <rect
              className="tl-cluster-glyph tl-cluster-glyph-back"
              x={cluster.x0 - half + 2}
              y={cluster.y - half - 2}
              width={style.glyph - 2}
              height={style.glyph - 2}
              rx={2}
            />
            <rect
              className="tl-cluster-glyph"
              x={cluster.x0 - half}
              y={cluster.y - half + 1}
              width={style.glyph - 2}
              height={style.glyph - 2}
              rx={2}
            />
            <Lines box={box} className="tl-cluster-label" />
            {key === hoveredKey && <Ring box={box} className="tl-hover-ring" />}
            {key === focusedKey && <Ring box={box} className="tl-focus-ring" />}
          </g>
        );
      })}
    </g>
  );
});
