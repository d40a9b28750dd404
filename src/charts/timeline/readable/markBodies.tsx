import { memo } from 'react';
import type { Paint } from '../../../model/colors';
import { KindMark } from '../KindGlyph';
import type { LanedEvents } from './laneAssignment';
import type { LabelBox } from './layoutTypes';
import type { Attributes, Look, MarkStyle } from './markLook';

/** Coordinates relative to a mark's anchor, rounded so a zoom that keeps a label's shape keeps its drawing. */
export const rel = (value: number, origin: number) => Math.round((value - origin) * 100) / 100;

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
 * What a mark's drawing depends on besides its anchor: its label's box, lines and chips relative to the
 * anchor. Zooming and panning move anchors; a mark whose label keeps its shape is not redrawn.
 */
export function shapeOf(box: LabelBox, ox: number, oy: number): string {
  // The box itself too: the rings are drawn around it.
  let shape = `${box.anchor}|${rel(box.x0, ox)},${rel(box.y0, oy)},${rel(box.x1, ox)},${rel(box.y1, oy)}`;
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
export const EventBody = memo(function EventBody(props: EventBodyProps) {
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
export const ClusterBody = memo(function ClusterBody(props: ClusterBodyProps) {
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
