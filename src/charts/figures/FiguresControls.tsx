import { useAppStore } from '../../state/store';
import type { ViewOptions } from '../../state/viewSlice';
import { Segmented, type SegmentedOption } from '../../components/Segmented';

type Option<T extends string> = SegmentedOption<T>;

const SCALES: Option<ViewOptions['scale']>[] = [
  { value: 'log', label: 'Log' },
  { value: 'linear', label: 'Linear' },
];
const SORTS: Option<ViewOptions['sort']>[] = [
  { value: 'value', label: 'Value' },
  { value: 'date', label: 'Date' },
  { value: 'donor', label: 'Donor' },
];
const GROUPS: Option<ViewOptions['group']>[] = [
  { value: 'all', label: 'All' },
  { value: 'donor', label: 'Donor' },
  { value: 'kind', label: 'Kind' },
  { value: 'stage', label: 'Stage' },
];

/** Scale, sort and grouping of the figures views. */
export function FiguresControls() {
  const scale = useAppStore((s) => s.view.scale);
  const sort = useAppStore((s) => s.view.sort);
  const group = useAppStore((s) => s.view.group);
  const figuresView = useAppStore((s) => s.view.figuresView);
  const mode = useAppStore((s) => s.view.figuresMode);
  const setView = useAppStore((s) => s.setView);
  const showScale = mode === 'chart';
  const showGroup = figuresView === 'bars' || mode === 'table';
  // The table sorts by its own column headers and menu.
  const showSort = figuresView === 'bars' && mode === 'chart';
  return (
    <div className="fig-controls">
      {showScale && (
        <Segmented
          className="fig-control"
          labelClassName="fig-control-label"
          label="Scale"
          value={scale}
          options={SCALES}
          onChange={(v) => {
            setView({ scale: v });
          }}
        />
      )}
      {showSort && (
        <Segmented
          className="fig-control"
          labelClassName="fig-control-label"
          label="Sort"
          value={sort}
          options={SORTS}
          onChange={(v) => {
            setView({ sort: v });
          }}
        />
      )}
      {showGroup && (
        <Segmented
          className="fig-control"
          labelClassName="fig-control-label"
          label="Group"
          value={group}
          options={GROUPS}
          onChange={(v) => {
            setView({ group: v });
          }}
        />
      )}
    </div>
  );
}
