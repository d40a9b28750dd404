import { lazy, useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { useDataset } from '../../data/DatasetContext';
import { OnDemand } from '../../components/OnDemand';
import { ComparisonNote } from './ComparisonNote';
import { FiguresControls } from './FiguresControls';
import { FiguresLegend } from './FiguresLegend';
import { groupFigures } from './grouping';
import { SectionsChart } from './SectionsChart';
import type { FigureRow } from './figureRows';
import { useDatasetFigureRows, useFigureRows } from './useFigureRows';
import { wholeNumber } from '../../model/counts';

// Shown only on demand (table mode, the view over time, grouping): loaded when first shown.
const FigureTable = lazy(() => import('./FigureTable').then((m) => ({ default: m.FigureTable })));
const TimePanelsChart = lazy(() => import('./TimePanelsChart').then((m) => ({ default: m.TimePanelsChart })));
const GroupTotals = lazy(() => import('./GroupTotals').then((m) => ({ default: m.GroupTotals })));

/** Heights of the loading boxes: the chart's plot, and a few lines of totals. */
const CHART_MIN_HEIGHT = 320;
const TOTALS_MIN_HEIGHT = 120;

/** The figures panel's contents: controls, legend, comparison, the chart or table, and group totals. */
export function FiguresBody() {
  // A large dataset's figures are read in slices (see useDatasetFigureRows): the box says so meanwhile.
  const count = useDataset().amounts.length;
  return (
    <OnDemand minHeight={CHART_MIN_HEIGHT} message={`Reading ${wholeNumber(count)} figures…`}>
      <FiguresOfDataset />
    </OnDemand>
  );
}

function FiguresOfDataset() {
  // The dataset's rows and what the filters keep of them are worked out in two components, so that the
  // page can paint between them.
  return <FiguresOfRows all={useDatasetFigureRows()} />;
}

function FiguresOfRows({ all }: { all: readonly FigureRow[] }) {
  const figuresView = useAppStore((s) => s.view.figuresView);
  const mode = useAppStore((s) => s.view.figuresMode);
  const group = useAppStore((s) => s.view.group);
  const { rows, wholeOf, byId } = useFigureRows(all);
  const groups = useMemo(
    () => (group === 'all' ? null : groupFigures(rows, group, wholeOf)),
    [rows, group, wholeOf],
  );

  if (byId.size === 0) return <p className="muted fig-empty">This dataset has no figures.</p>;

  return (
    <>
      <FiguresControls />
      <FiguresLegend rows={rows} />
      <ComparisonNote byId={byId} />
      {mode === 'table' ? (
        <OnDemand minHeight={CHART_MIN_HEIGHT}>
          <FigureTable rows={rows} byId={byId} />
        </OnDemand>
      ) : figuresView === 'time' ? (
        <OnDemand minHeight={CHART_MIN_HEIGHT}>
          <TimePanelsChart rows={rows} byId={byId} />
        </OnDemand>
      ) : (
        <SectionsChart rows={rows} byId={byId} />
      )}
      {(mode === 'table' || figuresView === 'bars') && groups !== null && (
        <OnDemand minHeight={TOTALS_MIN_HEIGHT}>
          <GroupTotals groups={groups} by={group} />
        </OnDemand>
      )}
    </>
  );
}
