import { screenPaint, type Paint } from '../../model/colors';
import { Lines } from './ChartLines';
import { CHART_FONT, HEADING_FONT } from './honest/layoutSections';
import type { TimeLayout, TimeMarkGeom } from './honest/layoutTimePanels';
import type { FigureInteraction } from './SectionFigureMark';
import { TimeMark } from './TimeMark';
import { ValueTicks } from './ValueTicks';

interface TimePanelsPlotProps {
  layout: TimeLayout;
  /** How theme colours are painted: kept as custom properties on screen, written out in a file. */
  paint?: Paint;
  /** On screen, what makes the mark at a position (in drawing order) a control; a file draws marks only. */
  interactionOf?: (mark: TimeMarkGeom, index: number) => FigureInteraction;
}

/**
 * The figures over time as the screen and every exported image draw them: the scale statement, the time
 * axis across the panels, and per panel its heading, value gridlines, baseline and marks.
 */
export function TimePanelsPlot({ layout, paint = screenPaint, interactionOf }: TimePanelsPlotProps) {
  const marks = layout.panels.flatMap((p) => p.marks);
  const ink3 = paint('var(--ink-3)');
  const grid = paint('var(--line)');
  const strong = paint('var(--line-strong)');
  return (
    <>
      <Lines
        lines={layout.scaleNote}
        className="fig-scale-statement"
        fontSize={CHART_FONT}
        fill={paint('var(--ink-2)')}
      />
      <g className="fig-axis" aria-hidden="true">
        {layout.xTicks.map((t) => (
          <g key={t.value} transform={`translate(${t.position},0)`}>
            <line y1={layout.panels[0]?.plotTop ?? 0} y2={layout.axisY} stroke={grid} strokeDasharray="2 3" />
            <line y1={layout.axisY} y2={layout.axisY + 5} stroke={strong} />
            <text
              y={layout.axisY + 19}
              textAnchor="middle"
              fontSize={CHART_FONT}
              fill={ink3}
              className="fig-time-tick"
            >
              {t.label}
            </text>
          </g>
        ))}
      </g>
      {layout.panels.map((panel) => (
        <g key={panel.id} className="fig-panel" data-section={panel.id}>
          <Lines
            lines={panel.heading}
            className="fig-section-heading"
            fontSize={HEADING_FONT}
            fontWeight={700}
            fill={paint('var(--ink)')}
          />
          <g className="fig-axis" aria-hidden="true">
            <ValueTicks
              ticks={panel.yTicks}
              orientation="y"
              from={layout.plot.left}
              to={layout.plot.right}
              labelAt={layout.plot.left - 6}
              grid={grid}
              ink={ink3}
            />
            <line
              x1={layout.plot.left}
              x2={layout.plot.right}
              y1={panel.plotBottom}
              y2={panel.plotBottom}
              stroke={strong}
            />
          </g>
          {panel.marks.map((mark) => (
            <TimeMark
              key={mark.key}
              mark={mark}
              paint={paint}
              interaction={interactionOf?.(mark, marks.indexOf(mark))}
            />
          ))}
        </g>
      ))}
    </>
  );
}
