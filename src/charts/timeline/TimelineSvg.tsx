import type { RefObject } from 'react';
import type { AxisTick } from './axis';
import type { TimelineIndex } from './lanes';
import type { GlyphMark, TimelineLayout } from './layoutTypes';
import { AXIS_HEIGHT, TimelineAxis } from './TimelineAxis';
import { LaneBands, LaneLabels, laneColor } from './TimelineLanes';
import { TimelineMarks } from './TimelineMarks';
import { TimelineRings } from './TimelineRings';
import type { MeasureText } from './timelineText';
import type { Window } from './zoomMath';

interface TimelineSvgProps {
  width: number;
  height: number;
  /** Width of the lane-name gutter left of the plot (0 on narrow screens), and of the plot. */
  gutter: number;
  plotWidth: number;
  /** The SVG's title, which an exported file keeps. */
  title: string;
  /** A page-unique id for the plot's clip path. */
  clipId: string;
  layout: TimelineLayout;
  ticks: readonly AxisTick[];
  range: Window;
  measure: MeasureText;
  index: TimelineIndex;
  /** The glyphs of the selected, hovered and keyboard-focused event. */
  rings: { selected: readonly GlyphMark[]; hovered: readonly GlyphMark[]; focused: readonly GlyphMark[] };
  /** The dataset's actor ids, which give each actor lane its colour. */
  actorIds: readonly string[];
  /** The group d3-zoom listens on. */
  plotRef: RefObject<SVGGElement | null>;
}

/** The timeline's SVG, as the screen shows it and the exports copy it: axis, lanes, marks and rings. */
export function TimelineSvg(props: TimelineSvgProps) {
  const { width, height, gutter, plotWidth, title, clipId, layout, ticks, range, measure, index } = props;
  const { rings, actorIds, plotRef } = props;
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
          <rect x={-2} y={0} width={plotWidth + 4} height={layout.height} />
        </clipPath>
      </defs>
      <g transform={`translate(${gutter},0)`}>
        <TimelineAxis
          ticks={ticks}
          range={range}
          width={plotWidth}
          lanesHeight={layout.height}
          measure={measure}
        />
      </g>
      <g transform={`translate(${gutter},${AXIS_HEIGHT})`}>
        <g clipPath={`url(#${clipId})`}>
          <g ref={plotRef} className="tl-plot">
            <rect
              className="tl-zoom-surface"
              x={0}
              y={0}
              width={plotWidth}
              height={layout.height}
              fill="transparent"
            />
            <LaneBands lanes={layout.lanes} plotWidth={plotWidth} />
            <TimelineMarks layout={layout} events={index.events} starts={index.start} ends={index.end} />
            <TimelineRings selected={rings.selected} hovered={rings.hovered} focused={rings.focused} />
          </g>
        </g>
      </g>
      <g transform={`translate(0,${AXIS_HEIGHT})`}>
        <LaneLabels
          lanes={layout.lanes}
          gutter={gutter}
          plotWidth={plotWidth}
          colorOf={(box) => laneColor(box, actorIds)}
          measure={measure}
        />
      </g>
    </svg>
  );
}
