import { scaleUtc } from 'd3-scale';
import { axisTicks } from '../charts/timeline/axis';
import { pageMeasure } from '../charts/timeline/timelineText';
import { assignLanes } from '../charts/timeline/readable/laneAssignment';
import { layoutReadable } from '../charts/timeline/readable/layoutReadable';
import { LaneBands, ReadableMarks } from '../charts/timeline/readable/ReadableMarks';
import { readableEvents } from '../charts/timeline/readable/readableEvents';
import { InferredMark, KindMark, RangeSwatch } from '../charts/timeline/KindGlyph';
import type { Actor } from '../data/schema';
import type { LeanEvent } from '../data/leanDataset';
import { EVENT_KINDS } from '../data/vocabulary';
import type { Paint } from '../model/colors';
import { KIND_LABELS } from '../model/eventKinds';
import { textWidth } from '../model/measureText';
import { eventsTimeDomain } from '../model/timeDomain';
import type { LaneGrouping } from '../state/viewSlice';
import type { ChartDrawing, KeyItem } from './chartDrawing';
import { sentenceDrawing } from './sentenceDrawing';
import { plural, wholeNumber } from '../model/counts';

const AXIS_HEIGHT = 24;
const MAX_ACTOR_LANES = 6;

export interface TimelineDrawingInput {
  events: readonly LeanEvent[];
  actors: readonly Actor[];
  lanes: LaneGrouping;
  /** Actors the view is filtered by: they get lanes first. */
  preferredActors: readonly string[];
  window: readonly [number, number] | null;
  width: number;
  paint: Paint;
}

/**
 * Most height the plot of a `width` px image may take. The image is only as tall as its rows, and its
 * height is not the screen's: every event is titled on its own (wrapped to two lines, rows stacked)
 * whenever that fits under this bound, which keeps an image of 100,000 events a printable page.
 */
export function timelinePlotMaxHeight(width: number): number {
  return Math.max(1400, 2 * width);
}

const measureLabel = (text: string) => textWidth(text, { size: 12 });

/**
 * The readable timeline for an image: the same layout and marks as the screen, in the view's time
 * window (or all the events' dates), under a time axis, with a key of the kinds and encodings drawn.
 */
export function timelineDrawing(input: TimelineDrawingInput): ChartDrawing {
  const { width, paint } = input;
  if (input.events.length === 0)
    return sentenceDrawing(input.window === null ? 'No events to draw.' : 'No events in this window.', paint);
  const domain = input.window ?? eventsTimeDomain(input.events);
  const x = scaleUtc().domain([domain[0], domain[1]]).range([0, width]);
  const laned = assignLanes(readableEvents(input.events), input.lanes, input.actors, {
    maxActorLanes: MAX_ACTOR_LANES,
    preferredActors: input.preferredActors,
  });
  const layout = layoutReadable(laned, x, { width, height: timelinePlotMaxHeight(width) }, measureLabel);
  const ticks = axisTicks(x, pageMeasure);

  const drawn: LeanEvent[] = [];
  for (const mark of layout.marks) {
    const event = laned.events[mark.event];
    if (event !== undefined) drawn.push(event);
  }
  const clustered = layout.clusters.reduce((n, c) => n + c.events.length, 0);
  for (const cluster of layout.clusters) {
    for (const i of cluster.events) {
      const event = laned.events[i];
      if (event !== undefined) drawn.push(event);
    }
  }

  const single = layout.marks.map((m) => laned.events[m.event]).filter((e) => e !== undefined);
  const kinds = new Set(single.map((e) => e.kind));
  const key: KeyItem[] = EVENT_KINDS.filter((k) => kinds.has(k)).map((kind) => ({
    id: `kind-${kind}`,
    label: KIND_LABELS[kind],
    swatch: <KindMark kind={kind} transform="translate(13,7)" paint={paint} />,
  }));
  if (single.some((e) => e.dateBasis === 'inferred')) {
    key.push({
      id: 'inferred',
      label: 'hollow glyph: date inferred, not stated',
      swatch: <InferredMark transform="translate(13,7)" paint={paint} />,
    });
  }
  if (layout.marks.some((m) => m.range !== null)) {
    key.push({
      id: 'range',
      label: 'date known only to the week, month or year: the bar spans it',
      swatch: <RangeSwatch y={2.5} paint={paint} />,
    });
  }
  if (layout.clusters.length > 0) {
    key.push({
      id: 'cluster',
      label: 'events too close to name one by one: the first, and how many more',
      swatch: (
        <g>
          <rect
            x={9}
            y={1}
            width={10}
            height={10}
            rx={2}
            fill={paint('var(--ink-3)')}
            stroke={paint('var(--surface)')}
          />
          <rect
            x={7}
            y={4}
            width={10}
            height={10}
            rx={2}
            fill={paint('var(--ink-2)')}
            stroke={paint('var(--surface)')}
          />
        </g>
      ),
    });
  }
  if (layout.labelBoxes.some((b) => b.chips.length > 0)) {
    key.push({
      id: 'chip',
      label: 'other actors named by the event',
      swatch: (
        <rect
          x={1}
          y={1}
          width={24}
          height={12}
          rx={6}
          fill={paint('var(--surface-2)')}
          stroke={paint('var(--line-strong)')}
        />
      ),
    });
  }

  const height = AXIS_HEIGHT + layout.height + 4;
  const element = (
    <g className="image-timeline">
      <LaneBands layout={layout} transform={`translate(0,${AXIS_HEIGHT})`} paint={paint} />
      <g className="image-axis">
        <line
          x1={0}
          x2={width}
          y1={AXIS_HEIGHT - 0.5}
          y2={AXIS_HEIGHT - 0.5}
          stroke={paint('var(--line-strong)')}
        />
        {ticks.map((t) => (
          <g key={t.t}>
            <line
              x1={t.x}
              x2={t.x}
              y1={t.label === null ? AXIS_HEIGHT - 4 : 2}
              y2={height}
              stroke={paint('var(--line)')}
              strokeOpacity={t.major ? 1 : 0.6}
            />
            {t.label !== null && (
              <text
                x={t.x + 4}
                y={14}
                fontSize={11}
                fontWeight={t.major ? 650 : 500}
                fill={paint('var(--ink-3)')}
              >
                {t.label}
              </text>
            )}
          </g>
        ))}
      </g>
      <g transform={`translate(0,${AXIS_HEIGHT})`}>
        <ReadableMarks layout={layout} events={laned} paint={paint} />
      </g>
    </g>
  );
  const notes: string[] = [];
  if (clustered > 0) {
    notes.push(
      `Named one by one: ${wholeNumber(layout.marks.length)} of ${plural(layout.marks.length + clustered, 'event')}; the others are drawn in ${plural(layout.clusters.length, 'group')}, each named by its first event.`,
    );
  }
  return { height, element, key, events: drawn, amounts: [], notes };
}
