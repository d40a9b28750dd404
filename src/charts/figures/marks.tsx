/** SVG marks shared by the figures charts and legends: kind patterns, stage glyphs, bounds, flags. */
import type { AmountKind, AmountStage, Bound, Flag } from '../../data/schema';
import { screenPaint, STAGE_COLORS, type Paint } from '../../model/colors';
import { stageGlyphIsStroke, stageGlyphPath } from '../../model/stageGlyphs';

/** A safe id prefix from React's useId (which may contain characters that break `url(#…)`). */
export function svgIdPrefix(reactId: string): string {
  return `f${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

function patternId(prefix: string, kind: AmountKind, stage: AmountStage): string {
  return `${prefix}-${kind}-${stage}`;
}

/** The fill of a bar: the stage colour, patterned by kind (packages are solid). */
export function barFill(prefix: string, kind: AmountKind, stage: AmountStage, paint = screenPaint): string {
  return kind === 'package' ? paint(STAGE_COLORS[stage]) : `url(#${patternId(prefix, kind, stage)})`;
}

/** Pattern definitions for the kind/stage pairs a chart draws. */
export function BarPatterns({
  prefix,
  pairs,
  paint = screenPaint,
}: {
  prefix: string;
  pairs: Iterable<readonly [AmountKind, AmountStage]>;
  paint?: Paint;
}) {
  const unique = new Map<string, readonly [AmountKind, AmountStage]>();
  for (const pair of pairs) if (pair[0] !== 'package') unique.set(`${pair[0]}-${pair[1]}`, pair);
  return (
    <defs>
      {[...unique.values()].map(([kind, stage]) => (
        <KindPattern
          key={`${kind}-${stage}`}
          id={patternId(prefix, kind, stage)}
          kind={kind}
          color={paint(STAGE_COLORS[stage])}
          surface={paint('var(--surface)')}
        />
      ))}
    </defs>
  );
}

function KindPattern({
  id,
  kind,
  color,
  surface,
}: {
  id: string;
  kind: AmountKind;
  color: string;
  surface: string;
}) {
  if (kind === 'contract') {
    return (
      <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={color} />
        <rect width="2" height="6" fill={surface} fillOpacity="0.6" />
      </pattern>
    );
  }
  if (kind === 'budget') {
    return (
      <pattern id={id} patternUnits="userSpaceOnUse" width="5" height="5">
        <rect width="5" height="5" fill={color} />
        <circle cx="2.5" cy="2.5" r="1.3" fill={surface} fillOpacity="0.75" />
      </pattern>
    );
  }
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(-45)">
      <rect width="6" height="6" fill={surface} />
      <rect width="1.6" height="6" fill={color} />
    </pattern>
  );
}

/** The stage's shape in its colour, centred on x, y. */
export function StageGlyph({
  stage,
  x,
  y,
  size = 56,
  paint = screenPaint,
}: {
  stage: AmountStage;
  x: number;
  y: number;
  size?: number;
  paint?: Paint;
}) {
  const color = paint(STAGE_COLORS[stage]);
  const stroke = stageGlyphIsStroke(stage);
  return (
    <path
      d={stageGlyphPath(stage, size)}
      transform={`translate(${x},${y})`}
      fill={stroke ? 'none' : color}
      stroke={color}
      strokeWidth={stroke ? 2 : 1}
    />
  );
}

type Severity = Flag['severity'];

/** The colour of a flag's mark, wherever it is drawn: beside a mark, in a label, in the key and notes. */
export const SEVERITY_FILL: Record<Severity, string> = {
  info: 'var(--accent)',
  warning: 'var(--warning)',
  error: 'var(--danger)',
};

/** A warning triangle with "!" whose top-left corner is at x, y (14 px square). */
export function FlagMarker({
  x,
  y,
  severity,
  paint = screenPaint,
}: {
  x: number;
  y: number;
  severity: Severity;
  paint?: Paint;
}) {
  const surface = paint('var(--surface)');
  return (
    <g transform={`translate(${x},${y})`} className="fig-flag">
      <path
        d="M7 0.5 L13.5 13 L0.5 13 Z"
        fill={paint(SEVERITY_FILL[severity])}
        stroke={surface}
        strokeWidth="1"
      />
      <text x="7" y="11.5" textAnchor="middle" fontSize="10" fontWeight="700" fill={surface}>
        !
      </text>
    </g>
  );
}

interface BarShapeProps {
  x: number;
  y: number;
  width: number;
  height: number;
  highX: number | null;
  bound: Bound;
  fill: string;
  color: string;
  outlined: boolean;
}

const MARKER = 9;

/**
 * A bar with its bound drawn at the end: an arrow for a lower bound (the value is more than this), a
 * bracket for an upper bound, a frayed end for an approximate value, a whisker for a range.
 */
export function BarShape({ x, y, width, height, highX, bound, fill, color, outlined }: BarShapeProps) {
  const end = x + width;
  const mid = y + height / 2;
  const fray = bound === 'approximate' ? Math.min(6, width) : 0;
  return (
    <>
      <rect
        className="fig-value-bar"
        x={x}
        y={y}
        width={Math.max(0, width - fray)}
        height={height}
        fill={fill}
        stroke={color}
        strokeWidth={outlined ? 1.5 : 1}
      />
      {bound === 'approximate' &&
        [0, 1, 2].map((i) => (
          <rect
            key={i}
            x={end - fray + i * 3 + 1}
            y={y + 1}
            width={2}
            height={height - 2}
            fill={color}
            fillOpacity={0.75 - i * 0.25}
          />
        ))}
      {highX !== null && highX > end && (
        <>
          <line x1={end} x2={highX} y1={mid} y2={mid} stroke={color} strokeWidth={2} />
          <line x1={highX} x2={highX} y1={y + 2} y2={y + height - 2} stroke={color} strokeWidth={2} />
        </>
      )}
      {bound === 'lower' && (
        <path
          d={`M${(highX ?? end) + 1} ${y - 1} L${(highX ?? end) + MARKER} ${mid} L${(highX ?? end) + 1} ${y + height + 1} Z`}
          fill={color}
        />
      )}
      {bound === 'upper' && (
        <path
          d={`M${(highX ?? end) + MARKER} ${y} L${(highX ?? end) + 2} ${mid} L${(highX ?? end) + MARKER} ${y + height}`}
          fill="none"
          stroke={color}
          strokeWidth={2}
        />
      )}
    </>
  );
}
