import type { EventKind } from '../../data/schema';
import { screenPaint, type Paint } from '../../model/colors';
import { glyphPath } from '../../model/eventKinds';
import { kindColor } from '../../model/kindColors';

interface KindMarkProps {
  kind: EventKind;
  /** A date inferred, not stated: the glyph is drawn hollow. */
  inferred?: boolean;
  size?: number;
  /** Where its centre goes; at the origin without one. */
  transform?: string;
  className?: string;
  /** How theme colours are painted: kept as custom properties on screen, written out in a file. */
  paint?: Paint;
}

/** The glyph of a kind of event as an SVG path centred on the origin: the timeline's mark, and its key's. */
export function KindMark({
  kind,
  inferred = false,
  size = 12,
  transform,
  className,
  paint = screenPaint,
}: KindMarkProps) {
  const color = paint(kindColor(kind));
  const surface = paint('var(--surface)');
  return (
    <path
      className={className}
      transform={transform}
      d={glyphPath(kind, size)}
      fill={inferred ? surface : color}
      stroke={inferred ? color : surface}
      strokeWidth={inferred ? 1.75 : 1}
    />
  );
}

/** The glyph of a kind of event, as a small inline icon (legend, tables, details). */
export function KindGlyph({
  kind,
  inferred = false,
  size = 12,
}: {
  kind: EventKind;
  inferred?: boolean;
  size?: number;
}) {
  const box = size + 4;
  return (
    <svg
      className="kind-glyph"
      width={box}
      height={box}
      viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`}
      aria-hidden="true"
    >
      <KindMark kind={kind} inferred={inferred} size={size} />
    </svg>
  );
}

/**
 * The key's swatch for an inferred date: a hollow ring in the neutral ink, so that it reads as "hollow"
 * and not as an inferred event of one kind (a hollow diamond would look like an inferred statement).
 */
export function InferredMark({ transform, paint = screenPaint }: { transform?: string; paint?: Paint }) {
  return (
    <circle
      transform={transform}
      r={4.5}
      fill={paint('var(--surface)')}
      stroke={paint('var(--ink-2)')}
      strokeWidth={1.75}
    />
  );
}

/**
 * The key's swatch for a date known only to the week, month or year: a bar as the chart draws one, a
 * tint outlined in the neutral ink. `y` is its top.
 */
export function RangeSwatch({ y, paint = screenPaint }: { y: number; paint?: Paint }) {
  const ink = paint('var(--ink-3)');
  return <rect x={1.5} y={y} width={23} height={9} rx={2} fill={ink} fillOpacity={0.28} stroke={ink} />;
}
