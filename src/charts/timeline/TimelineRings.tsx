import type { GlyphMark } from './layoutTypes';

interface RingsProps {
  selected: readonly GlyphMark[];
  hovered: readonly GlyphMark[];
  focused: readonly GlyphMark[];
}

/** Rings over the glyphs of the selected, hovered and keyboard-focused event, in every lane it is in. */
export function TimelineRings({ selected, hovered, focused }: RingsProps) {
  return (
    <g className="tl-rings" pointerEvents="none">
      {hovered.map((g) => (
        <circle
          key={`h${g.lane}`}
          cx={g.x}
          cy={g.y}
          r={9}
          fill="none"
          stroke="var(--ink-2)"
          strokeWidth={1.5}
        />
      ))}
      {selected.map((g) => (
        <circle
          key={`s${g.lane}`}
          className="tl-selected-ring"
          cx={g.x}
          cy={g.y}
          r={9}
          fill="none"
          stroke="var(--accent)"
          strokeWidth={2.5}
        />
      ))}
      {focused.map((g) => (
        <circle
          key={`f${g.lane}`}
          className="tl-focus-ring"
          cx={g.x}
          cy={g.y}
          r={12}
          fill="none"
          stroke="var(--focus)"
          strokeWidth={2}
          strokeDasharray="3 2"
        />
      ))}
    </g>
  );
}
