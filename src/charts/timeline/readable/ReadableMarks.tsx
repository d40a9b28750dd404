import { memo, type SVGAttributes } from 'react';
import type { Paint } from '../../../model/colors';
import { KindMark } from '../KindGlyph';
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
  /**
   * For a file, which has no stylesheet: how theme colours are painted. The marks then carry as attributes
   * what timeline.css gives them by class on screen.
   */
  paint?: Paint;
}

type Attributes = SVGAttributes<SVGElement>;
type LookRole =
  | 'laneBand'
  | 'laneName'
  | 'title'
  | 'range'
  | 'chipRect'
  | 'chipText'
  | 'draftRect'
  | 'draftText'
  | 'clusterSpan'
  | 'clusterBack'
  | 'clusterFront'
  | 'clusterLabel';
type Look = Record<LookRole, Attributes>;

/** On screen the stylesheet paints the marks by class. */
const SCREEN_LOOK: Look = {
  laneBand: {},
  laneName: {},
  title: {},
  range: {},
  chipRect: {},
  chipText: {},
  draftRect: {},
  draftText: {},
  clusterSpan: {},
  clusterBack: {},
  clusterFront: {},
  clusterLabel: {},
};

/** timeline.css's rules for the marks, as attributes painted for a file. */
function fileLook(paint: Paint): Look {
  const surface = paint('var(--surface)');
  const halo = { stroke: surface, strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;
  const chip = { fill: paint('var(--surface-2)'), stroke: paint('var(--line-strong)'), strokeWidth: 1 };
  return {
    laneBand: { fill: paint('var(--surface-2)') },
    laneName: { fill: paint('var(--ink-2)'), fontWeight: 650, ...halo },
    title: { fill: paint('var(--ink)'), fontWeight: 500, ...halo },
    range: { fillOpacity: 0.28 },
    chipRect: chip,
    chipText: { fill: paint('var(--ink-2)') },
    draftRect: {
      ...chip,
      fill: paint('var(--warning-soft)'),
      stroke: paint('var(--warning)'),
      strokeDasharray: '3 2',
    },
    draftText: { fill: paint('var(--ink)'), fontWeight: 650 },
    clusterSpan: { stroke: paint('var(--ink-3)'), strokeWidth: 2 },
    clusterBack: { fill: paint('var(--ink-3)'), stroke: surface, strokeWidth: 1 },
    clusterFront: { fill: paint('var(--ink-2)'), stroke: surface, strokeWidth: 1 },
    clusterLabel: { fill: paint('var(--ink)'), fontWeight: 650, ...halo },
  };
}

/** A stable key for what is drawn: `e:<event id>` or `c:<id of its first event>`. */
export function markKey(events: LanedEvents, item: EventMark | ClusterMark): string {
  if ('event' in item) return `e:${events.events[item.event]?.id ?? ''}`;
  return `c:${events.events[item.first]?.id ?? ''}`;
}

function Lines({ box, className, look }: { box: LabelBox; className: string; look: Attributes }) {
  return box.lines.map((line, i) => (
    <text key={i} className={className} x={line.x} y={line.y} dy="0.35em" textAnchor={box.anchor} {...look}>
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
  paint,
}: MarksProps) {
  const half = style.glyph / 2;
  const look = paint === undefined ? SCREEN_LOOK : fileLook(paint);
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
                  {...look.laneBand}
                />
              )}
              <text
                className="tl-lane-name"
                x={band.name.x0}
                y={(band.name.y0 + band.name.y1) / 2}
                dy="0.35em"
                {...look.laneName}
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
                fill={paint === undefined ? color : paint(color)}
                {...look.range}
              />
            )}
            <KindMark
              className="tl-glyph"
              transform={`translate(${mark.x},${mark.y})`}
              kind={event.kind}
              inferred={event.dateBasis === 'inferred'}
              size={style.glyph}
              paint={paint}
            />
            <Lines box={box} className="tl-title" look={look.title} />
            {box.chips.map((chip) => (
              <g key={chip.text} className={chip.draft === true ? 'tl-chip tl-chip-draft' : 'tl-chip'}>
                <rect
                  x={chip.x}
                  y={chip.y - style.chipHeight / 2}
                  width={chip.width}
                  height={style.chipHeight}
                  rx={style.chipHeight / 2}
                  {...(chip.draft === true ? look.draftRect : look.chipRect)}
                />
                <text
                  x={chip.x + chip.width / 2}
                  y={chip.y}
                  dy="0.35em"
                  textAnchor="middle"
                  {...(chip.draft === true ? look.draftText : look.chipText)}
                >
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
                {...look.clusterSpan}
              />
            )}
            <rect
              className="tl-cluster-glyph tl-cluster-glyph-back"
              x={cluster.x0 - half + 2}
              y={cluster.y - half - 2}
              width={style.glyph - 2}
              height={style.glyph - 2}
              rx={2}
              {...look.clusterBack}
            />
            <rect
              className="tl-cluster-glyph"
              x={cluster.x0 - half}
              y={cluster.y - half + 1}
              width={style.glyph - 2}
              height={style.glyph - 2}
              rx={2}
              {...look.clusterFront}
            />
            <Lines box={box} className="tl-cluster-label" look={look.clusterLabel} />
            {key === hoveredKey && <Ring box={box} className="tl-hover-ring" />}
            {key === focusedKey && <Ring box={box} className="tl-focus-ring" />}
          </g>
        );
      })}
    </g>
  );
});
