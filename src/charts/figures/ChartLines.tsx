import type { TextLine } from './honest/layoutSections';

/** How chart text is drawn. */
export interface TextStyle {
  fontSize: number;
  fontWeight?: number;
  fill: string;
  /** The colour behind the text: a halo of it keeps gridlines from running through the letters. */
  halo?: string;
}

/** Lines of text laid out by a layout, as one <text> with a <tspan> per line. */
export function Lines({ lines, className, ...style }: { lines: TextLine[]; className: string } & TextStyle) {
  return (
    <text className={className} {...textStyle(style)}>
      {lines.map((l) => (
        <tspan key={`${l.x},${l.y}`} x={l.x} y={l.y}>
          {l.text}
        </tspan>
      ))}
    </text>
  );
}

/** SVG text attributes for a style, the halo as a stroke painted under the fill. */
export function textStyle({ fontSize, fontWeight, fill, halo }: TextStyle) {
  return {
    fontSize,
    fontWeight,
    fill,
    ...(halo === undefined
      ? {}
      : { stroke: halo, strokeWidth: 4, strokeLinejoin: 'round' as const, paintOrder: 'stroke' }),
  };
}
