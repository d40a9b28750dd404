import type { ScaleTime } from 'd3-scale';
import type { RefObject } from 'react';
import type { AxisTick } from './axis';
import type { LanedEvents } from './readable/laneAssignment';
import type { ReadableLayout } from './readable/layoutTypes';
import { LaneBands, ReadableMarks, type Shift } from './readable/ReadableMarks';
import { AXIS_HEIGHT, TimelineAxis } from './TimelineAxis';
import type { MeasureText } from './timelineText';

/** Space left and right of the plot, so that glyphs at its edges are drawn whole. */
export const PLOT_MARGIN = 8;
/** Space below the plot. */
export const BOTTOM_PAD = 6;

interface TimelineSvgProps {
  width: number;
  /** The SVG's title, which an exported file keeps. */
  title: string;
  /** A page-unique id for the plot's clip path. */
  clipId: string;
  layout: ReadableLayout;
  events: LanedEvents;
  ticks: readonly AxisTick[];
  /** The visible time scale. */
  x: ScaleTime<number, number>;
  /** Where the layout's positions are drawn, when the view moved since it was made. */
  shift: Shift;
  measure: MeasureText;
  selectedId: string | null;
  /** The key (see `markKey`) of what has the keyboard focus, when the timeline has it. */
  focusedKey: string | null;
  /** The key of what is under the pointer. */
  hoveredKey: string | null;
  /** The group d3-zoom listens on. */
  plotRef: RefObject<SVGGElement | null>;
}

/** The timeline's SVG, as the screen shows it and the exports copy it: lane bands, the axis, then the marks. */
export function TimelineSvg(props: TimelineSvgProps) {
  const { width, title, clipId, layout, events, ticks, x, measure, plotRef } = props;
  const plotWidth = layout.width;
  const height = AXIS_HEIGHT + layout.height + BOTTOM_PAD;
  return (
    <svg
      data-export="timeline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      className="tl-svg"
    >
      <title>{title}</title>
      <defs>
        <clipPath id={clipId}>
          <rect x={-PLOT_MARGIN} y={-2} width={plotWidth + 2 * PLOT_MARGIN} height={layout.height + 4} />
        </clipPath>
      </defs>
      <LaneBands layout={layout} transform={`translate(${PLOT_MARGIN},${AXIS_HEIGHT})`} />
      <g transform={`translate(${PLOT_MARGIN},0)`}>
        <TimelineAxis ticks={ticks} x={x} width={plotWidth} lanesHeight={layout.height} measure={measure} />
      </g>
      <g transform={`translate(${PLOT_MARGIN},${AXIS_HEIGHT})`}>
        <g clipPath={`url(#${clipId})`}>
          <g ref={plotRef} className="tl-plot">
            <rect
              className="tl-zoom-surface"
              x={-PLOT_MARGIN}
              y={0}
              width={plotWidth + 2 * PLOT_MARGIN}
              height={layout.height}
              fill="transparent"
            />
            <ReadableMarks
              layout={layout}
              events={events}
              selectedId={props.selectedId}
              focusedKey={props.focusedKey}
              hoveredKey={props.hoveredKey}
              shift={props.shift}
            />
          </g>
        </g>
      </g>
    </svg>
  );
}
