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
   * Where the layout's x positions are drawn, when the view has moved since the layout was made: screen
   * x = `scale` × layout x + `offset` (the map between two zooms of one time scale is affine). Anchors
   * and spans move at once; labels keep the layout's shape until the next layout.
   */
  shift?: Shift;
  /**
   * For a file, which has no stylesheet: how theme colours are painted. The marks then carry as attributes
   * what timeline.css gives them by class on screen.
   */
  paint?: Paint;
}

type Attributes = SVGAttributes<SVGElement>;

/** An affine map of x positions: `scale` × x + `offset`. */
export interface Shift {
  scale: number;
  offset: number;
}

const NO_SHIFT: Shift = { scale: 1, offset: 0 };
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

/** Coordinates relative to a mark's anchor, rounded so a zoom that keeps a label's shape keeps its drawing. */
const rel = (value: number, origin: number) => Math.round((value - origin) * 100) / 100;

function Lines({ box, className, look, ox, oy }: BoxProps & { className: string; look: Attributes }) {
  return box.lines.map((line, i) => (
    <text
      key={i}
      className={className}
      x={rel(line.x, ox)}
      y={rel(line.y, oy)}
      dy="0.35em"
      textAnchor={box.anchor}
      {...look}
    >
      {line.text}
    </text>
  ));
}

interface BoxProps {
  box: LabelBox;
  /** The anchor the box is drawn relative to. */
  ox: number;
  oy: number;
}

function Ring({ box, className, ox, oy }: BoxProps & { className: string }) {
  return (
    <rect
      className={className}
      x={rel(box.x0 - 3, ox)}
      y={rel(box.y0 + 1, oy)}
      width={box.x1 - box.x0 + 6}
      height={box.y1 - box.y0 - 2}
      rx={5}
      fill="none"
    />
  );
}

/**
 * What a mark's drawing depends on besides its anchor: its label's lines and chips relative to the
 * anchor. Zooming and panning move anchors; a mark whose label keeps its shape is not redrawn.
 */
function shapeOf(box: LabelBox, ox: number, oy: number): string {
  let shape = box.anchor;
  for (const line of box.lines) shape += `|${rel(line.x, ox)},${rel(line.y, oy)},${line.text}`;
  for (const chip of box.chips) shape += `|c${rel(chip.x, ox)},${rel(chip.y, oy)},${chip.width},${chip.text}`;
  return shape;
}

interface EventBodyProps extends BoxProps {
  event: LanedEvents['events'][number];
  style: MarkStyle;
  look: Look;
  paint: Paint | undefined;
  hovered: boolean;
  selected: boolean;
  focused: boolean;
  shape: string;
}

const sameBody = <P extends { shape: string }>(a: P, b: P) =>
  (Object.keys(a) as (keyof P)[]).every(
    (key) => key === 'box' || key === 'ox' || key === 'oy' || a[key] === b[key],
  );

/** An event's glyph, title and chips, drawn relative to its glyph's centre. */
const EventBody = memo(function EventBody(props: EventBodyProps) {
  const { event, box, ox, oy, style, look, paint } = props;
  return (
    <>
      <KindMark
        className="tl-glyph"
        kind={event.kind}
        inferred={event.dateBasis === 'inferred'}
        size={style.glyph}
        paint={paint}
      />
      <Lines box={box} ox={ox} oy={oy} className="tl-title" look={look.title} />
      {box.chips.map((chip) => (
        <g key={chip.text} className={chip.draft === true ? 'tl-chip tl-chip-draft' : 'tl-chip'}>
          <rect
            x={rel(chip.x, ox)}
            y={rel(chip.y - style.chipHeight / 2, oy)}
            width={chip.width}
            height={style.chipHeight}
            rx={style.chipHeight / 2}
            {...(chip.draft === true ? look.draftRect : look.chipRect)}
          />
          <text
            x={rel(chip.x + chip.width / 2, ox)}
            y={rel(chip.y, oy)}
            dy="0.35em"
            textAnchor="middle"
            {...(chip.draft === true ? look.draftText : look.chipText)}
          >
            {chip.text}
          </text>
        </g>
      ))}
      {props.hovered && !props.selected && <Ring box={box} ox={ox} oy={oy} className="tl-hover-ring" />}
      {props.selected && <Ring box={box} ox={ox} oy={oy} className="tl-selected-ring" />}
      {props.focused && <Ring box={box} ox={ox} oy={oy} className="tl-focus-ring" />}
    </>
  );
}, sameBody);

interface ClusterBodyProps extends BoxProps {
  style: MarkStyle;
  look: Look;
  hovered: boolean;
  focused: boolean;
  shape: string;
}

/** A cluster's stack glyph and label, drawn relative to its glyph's centre. */
const ClusterBody = memo(function ClusterBody(props: ClusterBodyProps) {
  const { box, ox, oy, style, look } = props;
  const half = style.glyph / 2;
  return (
    <>
      <rect
        className="tl-cluster-glyph tl-cluster-glyph-back"
        x={-half + 2}
        y={-half - 2}
        width={style.glyph - 2}
        height={style.glyph - 2}
        rx={2}
        {...look.clusterBack}
      />
      <rect
        className="tl-cluster-glyph"
        x={-half}
        y={-half + 1}
        width={style.glyph - 2}
        height={style.glyph - 2}
        rx={2}
        {...look.clusterFront}
      />
      <Lines box={box} ox={ox} oy={oy} className="tl-cluster-label" look={look.clusterLabel} />
      {props.hovered && <Ring box={box} ox={ox} oy={oy} className="tl-hover-ring" />}
      {props.focused && <Ring box={box} ox={ox} oy={oy} className="tl-focus-ring" />}
    </>
  );
}, sameBody);

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
  shift = NO_SHIFT,
  paint,
}: MarksProps) {
  const half = style.glyph / 2;
  const at = (x: number) => shift.scale * x + shift.offset;
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
        const x = at(mark.x);
        const color = kindColor(event.kind);
        return (
          <g
            key={key}
            className="tl-mark"
            data-event-id={event.id}
            data-key={key}
            transform={`translate(${x},${mark.y})`}
          >
            {mark.range !== null && (
              <rect
                className="tl-range"
                x={at(mark.range[0]) - x}
                y={-half}
                width={(mark.range[1] - mark.range[0]) * shift.scale}
                height={style.glyph}
                rx={2}
                fill={paint === undefined ? color : paint(color)}
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
      {layout.clusters.map((cluster) => {
        const box = layout.labelBoxes[cluster.box];
        if (box === undefined) return null;
        const key = markKey(events, cluster);
        const span = (cluster.x1 - cluster.x0) * shift.scale;
        return (
          <g
            key={key}
            className="tl-cluster"
            data-key={key}
            data-count={cluster.events.length}
            transform={`translate(${at(cluster.x0)},${cluster.y})`}
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
    </g>
  );
});
