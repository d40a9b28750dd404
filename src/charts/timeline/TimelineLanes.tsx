import { KIND_COLORS } from '../../model/colors';
import { glyphPath } from '../../model/eventKinds';
import type { LaneBox } from './layoutTypes';
import { fitText, type MeasureText } from './timelineText';

interface LanesProps {
  lanes: readonly LaneBox[];
  /** Width of the label gutter left of the plot; 0 puts each label in a band at the top of its lane. */
  gutter: number;
  plotWidth: number;
  colorOf: (lane: LaneBox) => string;
  measure: MeasureText;
}

/** Lane bands (alternately shaded) behind the marks. Drawn in plot coordinates. */
export function LaneBands({ lanes, plotWidth }: Pick<LanesProps, 'lanes' | 'plotWidth'>) {
  return (
    <g className="tl-lane-bands">
      {lanes.map((box) => (
        <g key={box.lane.key}>
          {box.index % 2 === 1 && (
            <rect
              x={0}
              y={box.y}
              width={plotWidth}
              height={box.height}
              fill="var(--surface-2)"
              fillOpacity={0.55}
            />
          )}
          <line
            x1={0}
            x2={plotWidth}
            y1={box.y + box.height - 0.5}
            y2={box.y + box.height - 0.5}
            stroke="var(--line)"
          />
        </g>
      ))}
    </g>
  );
}

/** Each lane's name with its colour (and shape, for kinds): in the gutter, or above the lane's marks. */
export function LaneLabels({ lanes, gutter, plotWidth, colorOf, measure }: LanesProps) {
  const inGutter = gutter > 0;
  const maxWidth = inGutter ? gutter - 26 : plotWidth - 24;
  const fontSize = inGutter ? 12 : 11;
  // Titles are measured at 11 px; gutter labels are larger.
  const measureLabel: MeasureText = (text, style) => (measure(text, style) * fontSize) / 11;
  return (
    <g className="tl-lane-labels">
      {lanes.map((box) => {
        const y = inGutter ? box.cy : box.y + 10;
        const text = fitText(box.lane.label, maxWidth, measureLabel, 24) ?? '';
        const color = colorOf(box);
        return (
          <g key={box.lane.key} transform={`translate(${inGutter ? 8 : 4},${y})`}>
            <title>{`${box.lane.label}: ${box.lane.count} event${box.lane.count === 1 ? '' : 's'}`}</title>
            {box.lane.kind === null ? (
              <circle cx={4} cy={0} r={4} fill={color} />
            ) : (
              <path
                d={glyphPath(box.lane.kind, 9)}
                transform="translate(4,0)"
                fill={KIND_COLORS[box.lane.kind]}
                stroke="var(--surface)"
              />
            )}
            <text
              className="tl-lane-label"
              x={14}
              y={0}
              dy="0.35em"
              fill="var(--ink-2)"
              fontSize={fontSize}
              paintOrder="stroke"
              stroke="var(--surface)"
              strokeWidth={inGutter ? 0 : 3}
              strokeLinejoin="round"
            >
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
