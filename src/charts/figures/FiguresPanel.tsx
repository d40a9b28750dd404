import { useMemo } from 'react';
import { ExportMenu } from '../../export/ExportMenu';
import { useAppStore } from '../../state/store';
import type { ViewOptions } from '../../state/viewSlice';
import { ComparisonNote } from './ComparisonNote';
import { FiguresBarChart } from './FiguresBarChart';
import { FiguresControls, Segmented } from './FiguresControls';
import { FiguresLegend } from './FiguresLegend';
import { FiguresTable } from './FiguresTable';
import { FiguresTimeChart } from './FiguresTimeChart';
import { GroupTotals } from './GroupTotals';
import { groupFigures } from './grouping';
import { useFigureRows } from './useFigureRows';
import './figures.css';

const VIEWS: { value: ViewOptions['figuresView']; label: string }[] = [
  { value: 'bars', label: 'Bars' },
  { value: 'time', label: 'Over time' },
];
const MODES: { value: ViewOptions['figuresMode']; label: string }[] = [
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
];

/** The money figures in USD: a bar chart or figures over time, with a table alternative and comparisons. */
export function FiguresPanel() {
  const figuresView = useAppStore((s) => s.view.figuresView);
  const mode = useAppStore((s) => s.view.figuresMode);
  const setView = useAppStore((s) => s.setView);
  const group = useAppStore((s) => s.view.group);
  const { rows, wholeOf, byId } = useFigureRows();
  const groups = useMemo(
    () => (group === 'all' ? null : groupFigures(rows, group, wholeOf)),
    [rows, group, wholeOf],
  );

  return (
    <section className="card figures-panel" aria-labelledby="figures-title">
      <div className="card-header">
        <div>
          <h2 id="figures-title" className="card-title">
            Figures
          </h2>
          <p className="card-subtitle">
            Money in US dollars, each with its source, currency basis and caveats
          </p>
        </div>
        <div className="fig-header-actions">
          <Segmented
            label="Figures view"
            showLabel={false}
            value={figuresView}
            options={VIEWS}
            onChange={(v) => {
              setView({ figuresView: v });
            }}
          />
          <Segmented
            label="Show figures as"
            showLabel={false}
            value={mode}
            options={MODES}
            onChange={(v) => {
              setView({ figuresMode: v });
            }}
          />
          <ExportMenu target={figuresView === 'time' ? 'figures-time' : 'figures'} />
        </div>
      </div>
      <div className="card-body fig-body">
        <FiguresControls />
        <FiguresLegend view={mode === 'table' ? 'table' : figuresView} />
        <ComparisonNote byId={byId} />
        {mode === 'table' ? (
          <FiguresTable rows={rows} />
        ) : figuresView === 'time' ? (
          <FiguresTimeChart rows={rows} />
        ) : (
          <FiguresBarChart rows={rows} groups={groups} wholeOf={wholeOf} byId={byId} />
        )}
        {(mode === 'table' || figuresView === 'bars') && groups !== null && (
          <GroupTotals groups={groups} by={group} />
        )}
      </div>
    </section>
  );
}
