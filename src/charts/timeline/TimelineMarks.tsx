import { memo } from 'react';
import type { AidEvent } from '../../data/schema';
import { KIND_COLORS } from '../../model/colors';
import { glyphPath } from '../../model/eventKinds';
import { clusterPath } from './clusterPath';
import type { TimelineLayout } from './layoutTypes';

/** Width and height of a glyph; the layout is computed with the same value. */
export const GLYPH_SIZE = 11;

interface MarksProps {
  layout: TimelineLayout;
  events: readonly AidEvent[];
  /** Start and end (ms) of each event's date span, for the time range a cluster covers. */
  starts: Float64Array;
  ends: Float64Array;
}

/**
 * The marks of a layout: links between an event's lanes, date ranges, clusters, glyphs and labels.
 * Memoized: hovering and focusing redraw only the rings drawn over it.
 */
export const TimelineMarks = memo(function TimelineMarks({ layout, events, starts, ends }: MarksProps) {
  return (
    <g className="tl-marks">
      <g className="tl-connectors">
        {layout.connectors.map((c) => (
          <polyline
            key={c.event}
            points={c.points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
            fill="none"
            stroke="var(--ink-3)"
            strokeOpacity={0.6}
            strokeWidth={1}
          />
        ))}
      </g>
      <g className="tl-ranges">
        {layout.glyphs.map((g) => {
          if (g.range === null) return null;
          const kind = events[g.event]?.kind ?? 'statement';
          const [a, b] = g.range;
          return (
            <path
              key={`${g.lane}:${g.event}`}
              d={`M${a.toFixed(1)},${g.y - 3}v6M${a.toFixed(1)},${g.y}H${b.toFixed(1)}M${b.toFixed(1)},${g.y - 3}v6`}
              stroke={KIND_COLORS[kind]}
              strokeWidth={2}
              strokeOpacity={0.7}
              fill="none"
            />
          );
        })}
      </g>
      <g className="tl-clusters">
        {layout.clusters.map((c) => (
          <path
            key={`${c.lane}:${c.first}`}
            className="tl-cluster"
            data-from={starts[c.first]}
            data-to={ends[c.last]}
            d={clusterPath(c)}
            fill="var(--line-strong)"
            fillOpacity={0.45}
            stroke="var(--ink-3)"
            strokeWidth={1}
          />
        ))}
        {layout.clusters.map((c) =>
          c.label === null ? null : (
            <text
              key={`${c.lane}:${c.first}`}
              className="tl-count"
              x={(c.x0 + c.x1) / 2}
              y={c.cy}
              dy="0.35em"
              textAnchor="middle"
              fill="var(--ink)"
              fontSize={10}
              fontWeight={700}
              paintOrder="stroke"
              stroke="var(--surface)"
              strokeWidth={2.5}
              strokeLinejoin="round"
            >
              {c.label}
            </text>
          ),
        )}
      </g>
      <g className="tl-glyphs">
        {layout.glyphs.map((g) => {
          const event = events[g.event];
          if (event === undefined) return null;
          const color = KIND_COLORS[event.kind];
          const inferred = event.dateBasis === 'inferred';
          return (
            <path
              key={`${g.lane}:${g.event}`}
              className="tl-glyph"
              data-event-id={event.id}
              transform={`translate(${g.x.toFixed(2)},${g.y.toFixed(2)})`}
              d={glyphPath(event.kind, GLYPH_SIZE)}
              fill={inferred ? 'var(--surface)' : color}
              stroke={inferred ? color : 'var(--surface)'}
              strokeWidth={inferred ? 1.75 : 1}
            />
          );
        })}
      </g>
      <g className="tl-labels">
        {layout.labels.map((l) => [
          l.badge === null ? null : (
            <rect
              key={`${l.lane}:${l.event}:badge`}
              x={l.badge.x}
              y={l.y - 8}
              width={l.badge.width}
              height={16}
              rx={4}
              fill="var(--accent-soft)"
              stroke="var(--accent)"
              strokeWidth={0.75}
            />
          ),
          l.badge === null ? null : (
            <text
              key={`${l.lane}:${l.event}:badge-text`}
              x={l.badge.x + l.badge.width / 2}
              y={l.y}
              dy="0.35em"
              textAnchor="middle"
              fill="var(--ink)"
              fontSize={10}
              fontWeight={700}
            >
              {l.badge.text}
            </text>
          ),
          l.title === null ? null : (
            <text
              key={`${l.lane}:${l.event}:title`}
              className="tl-title"
              x={l.title.x}
              y={l.y}
              dy="0.35em"
              fill="var(--ink-2)"
              fontSize={11}
              fontWeight={500}
              paintOrder="stroke"
              stroke="var(--surface)"
              strokeWidth={3}
              strokeLinejoin="round"
            >
              {l.title.text}
            </text>
          ),
        ])}
      </g>
    </g>
  );
});
