import { screenPaint, type Paint } from '../../model/colors';
import type { FigureScale } from '../../state/viewSlice';
import { Lines, textStyle } from './ChartLines';
import { CHART_FONT, HEADING_FONT, type FigureGeom, type SectionsLayout } from './honest/layoutSections';
import { BarPatterns } from './marks';
import { FigureMark, type FigureInteraction } from './SectionFigureMark';
import { ValueTicks } from './ValueTicks';

interface SectionsPlotProps {
  layout: SectionsLayout;
  scale: FigureScale;
  /** Prefix of the pattern ids, unique in the document. */
  prefix: string;
  width: number;
  /** How theme colours are painted: kept as custom properties on screen, written out in a file. */
  paint?: Paint;
  /** On screen, what makes the figure at a position (in drawing order) a control; a file draws figures only. */
  interactionOf?: (figure: FigureGeom, index: number) => FigureInteraction;
}

/**
 * The figures in sections as the screen and every exported image draw them: the kind patterns, the scale
 * statement, and per section its heading, notes, gridlines with their labels, block labels and figures.
 */
export function SectionsPlot({
  layout,
  scale,
  prefix,
  width,
  paint = screenPaint,
  interactionOf,
}: SectionsPlotProps) {
  const figures = layout.sections.flatMap((s) => s.figures);
  const pairs = figures.map((f) => [f.entry.row.amount.kind, f.entry.row.amount.stage] as const);
  const ink = paint('var(--ink)');
  const ink2 = paint('var(--ink-2)');
  const ink3 = paint('var(--ink-3)');
  const grid = paint('var(--line)');
  const surface = paint('var(--surface)');
  return (
    <>
      {scale === 'linear' && <BarPatterns prefix={prefix} pairs={pairs} paint={paint} />}
      <Lines lines={layout.scaleNote} className="fig-scale-statement" fontSize={CHART_FONT} fill={ink2} />
      {layout.sections.map((section) => (
        <g key={section.id} className="fig-section" data-section={section.id}>
          <Lines
            lines={section.heading}
            className="fig-section-heading"
            fontSize={HEADING_FONT}
            fontWeight={700}
            fill={ink}
          />
          <Lines lines={section.note} className="fig-section-note" fontSize={CHART_FONT} fill={ink3} />
          <Lines
            lines={section.elsewhere}
            className="fig-section-elsewhere"
            fontSize={CHART_FONT}
            fill={ink2}
          />
          <g className="fig-axis" aria-hidden="true">
            <ValueTicks
              ticks={section.ticks}
              orientation="x"
              from={section.gridTop}
              to={section.gridBottom}
              labelAt={section.tickY}
              grid={grid}
              ink={ink3}
            />
          </g>
          {section.blocks.map((b) => (
            <text
              key={b.key}
              x={b.label.x}
              y={b.label.y}
              {...textStyle({ fontSize: CHART_FONT, fontWeight: 700, fill: ink, halo: surface })}
              className="fig-block-label"
              data-block-key={b.key}
            >
              {b.label.text}
            </text>
          ))}
          {section.figures.map((figure) => (
            <FigureMark
              key={figure.key}
              figure={figure}
              prefix={prefix}
              width={width}
              paint={paint}
              interaction={interactionOf?.(figure, figures.indexOf(figure))}
            />
          ))}
        </g>
      ))}
    </>
  );
}
