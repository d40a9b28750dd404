import type { EventKind } from '../../data/schema';
import { glyphPath } from '../../model/eventKinds';
import { kindColor } from '../../model/kindColors';

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
  const color = kindColor(kind);
  return (
    <svg
      className="kind-glyph"
      width={box}
      height={box}
      viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`}
      aria-hidden="true"
    >
      <path
        d={glyphPath(kind, size)}
        fill={inferred ? 'var(--surface)' : color}
        stroke={inferred ? color : 'var(--surface)'}
        strokeWidth={inferred ? 1.75 : 1}
      />
    </svg>
  );
}
