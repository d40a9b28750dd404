import { memo } from 'react';
import type { Paint } from '../../../model/colors';
import { kindColor } from '../../../model/kindColors';
import type { LanedEvents } from './laneAssignment';
import type { ClusterMark, EventMark, LaneBand, ReadableLayout } from './layoutTypes';
import { ClusterBody, EventBody, shapeOf } from './markBodies';
import { defaultMarkStyle, fileLook, SCREEN_LOOK, type MarkStyle } from './markLook';

interface MarksProps {
  layout: ReadableLayout;
  events: LanedEvents;
  style?: MarkStyle;
  /** The event selected, focused or under the pointer (by id); its box gets a ring. */
  selectedId?: string | null;
  focusedKey?: string | null;
  hoveredKey?: string | null;
  /**
   * Where the layout's x positions are drawn, when the view has moved since the layout was made: screen
   * x = `scale` × layout x + `offset` (the map between two zooms of one time scale is affine). Anchors
   * and spans move at once; labels keep the layout's shape until the next layout. Only each mark's own
   * transform (and a span's width) changes: its glyph, title and chips are drawn as they were.
   */
  shift?: Shift;
  /**
   * For a file, which has no stylesheet: how theme colours are painted. The marks then carry as attributes
   * what timeline.css gives them by class on screen.
   */
  paint?: Paint;
}

/** An affine map of x positions: `scale` × x + `offset`. */
export interface Shift {
  scale: number;
  offset: number;
}

/** Positions drawn as the layout made them. */
export const NO_SHIFT: Shift = { scale: 1, offset: 0 };

/** A stable key for what is drawn: `e:<event id>` or `c:<id of its first event>`. */
export function markKey(events: LanedEvents, item: EventMark | ClusterMark): string {
  if ('event' in item) return `e:${events.events[item.event]?.id ?? ''}`;
  return `c:${events.events[item.first]?.id ?? ''}`;
}

/** Every other named lane is shaded. */
const shaded = (band: LaneBand): boolean => band.name !== null && band.index % 2 === 1;

/**
 * The shading of every other named lane. It is drawn before the axis, whose grid lines and invasion
 * marker run through the lanes and would be hidden under it.
 */
export function LaneBands({
  layout,
  transform,
  paint,
}: {
  layout: ReadableLayout;
  /** Where the lanes' top left is. */
  transform: string;
  paint?: Paint;
}) {
  const look = paint === undefined ? SCREEN_LOOK : fileLook(paint);
  const shadedBands = layout.lanes.filter(shaded);
  if (shadedBands.length === 0) return null;
  return (
    <g className="tl-lane-bands" transform={transform}>
      {shadedBands.map((band) => (
        <rect
          key={band.lane.key}
          className="tl-lane-band"
          x={0}
          y={band.y0}
          width={layout.width}
          height={band.y1 - band.y0}
          {...look.laneBand}
        />
      ))}
    </g>
  );
}

/**
 * Draws a readable layout over its lane bands (see LaneBands): lane names, then each event (its date's span when imprecise, its
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
  shift = NO_SHIFT,
  paint,
}: MarksProps) {
  const look = paint === undefined ? SCREEN_LOOK : fileLook(paint);
  const marks = (
    <MarkGroups
      layout={layout}
      events={events}
      style={style}
      selectedId={selectedId}
      focusedKey={focusedKey}
      hoveredKey={hoveredKey}
      shift={shift}
      paint={paint}
    />
  );
  return (
    <g className="tl-readable" fontSize={style.fontSize}>
      <g className="tl-lanes">
        {layout.lanes.map((band) =>
          band.name === null ? null : (
            <g key={band.lane.key} className="tl-lane">
              <text
                className={shaded(band) ? 'tl-lane-name tl-lane-name-shaded' : 'tl-lane-name'}
                x={band.name.x0}
                y={(band.name.y0 + band.name.y1) / 2}
                dy="0.35em"
                {...(shaded(band) ? look.shadedLaneName : look.laneName)}
              >
                {band.lane.label}
              </text>
            </g>
          ),
        )}
      </g>
      {marks}
    </g>
  );
});

interface MarkGroupsProps {
  layout: ReadableLayout;
  events: LanedEvents;
  style: MarkStyle;
  selectedId: string | null;
  focusedKey: string | null;
  hoveredKey: string | null;
  shift: Shift;
  paint: Paint | undefined;
}

/**
 * Each event and cluster of a layout, where the layout put it. Elements are keyed by their place in the
 * layout's lists, not by what they show: a new layout moves and relabels the elements the last one drew
 * rather than removing them and creating others, which would cost the browser a longer frame (see
 * docs/benchmarks.md). `data-key` names what each shows.
 */
const MarkGroups = memo(function MarkGroups({
  layout,
  events,
  style,
  selectedId,
  focusedKey,
  hoveredKey,
  shift,
  paint,
}: MarkGroupsProps) {
  const half = style.glyph / 2;
  const sx = (x: number) => shift.scale * x + shift.offset;
  const look = paint === undefined ? SCREEN_LOOK : fileLook(paint);
  return (
    <>
      {layout.marks.map((mark, slot) => {
        const event = events.events[mark.event];
        const box = layout.labelBoxes[mark.box];
        if (event === undefined || box === undefined) return null;
        const key = markKey(events, mark);
        const x = sx(mark.x);
        const color = kindColor(event.kind);
        return (
          <g
            key={slot}
            className="tl-mark"
            data-event-id={event.id}
            data-key={key}
            transform={`translate(${x},${mark.y})`}
          >
            {mark.range !== null && (
              <rect
                className="tl-range"
                x={sx(mark.range[0]) - x}
                y={-half}
                width={(mark.range[1] - mark.range[0]) * shift.scale}
                height={style.glyph}
                rx={2}
                fill={paint === undefined ? color : paint(color)}
                stroke={paint === undefined ? color : paint(color)}
                {...look.range}
              />
            )}
            <EventBody
              event={event}
              box={box}
              ox={mark.x}
              oy={mark.y}
              style={style}
              look={look}
              paint={paint}
              hovered={key === hoveredKey}
              selected={event.id === selectedId}
              focused={key === focusedKey}
              shape={shapeOf(box, mark.x, mark.y)}
            />
          </g>
        );
      })}
      {layout.clusters.map((cluster, slot) => {
        const box = layout.labelBoxes[cluster.box];
        if (box === undefined) return null;
        const key = markKey(events, cluster);
        const span = (cluster.x1 - cluster.x0) * shift.scale;
        return (
          <g
            key={slot}
            className="tl-cluster"
            data-key={key}
            data-count={cluster.events.length}
            transform={`translate(${sx(cluster.x0)},${cluster.y})`}
          >
            {span > 0 && (
              <line className="tl-cluster-span" x1={0} x2={span} y1={0} y2={0} {...look.clusterSpan} />
            )}
            <ClusterBody
              box={box}
              ox={cluster.x0}
              oy={cluster.y}
              style={style}
              look={look}
              hovered={key === hoveredKey}
              focused={key === focusedKey}
              shape={shapeOf(box, cluster.x0, cluster.y)}
            />
          </g>
        );
      })}
    </>
  );
});
