import { useId } from 'react';
import { useAppStore } from '../../state/store';
import type { ViewOptions } from '../../state/viewSlice';

interface Option<T extends string> {
  value: T;
  label: string;
}

/** A labelled group of buttons with aria-pressed, one of which is on. */
export function Segmented<T extends string>(props: {
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  showLabel?: boolean;
}) {
  const id = useId();
  return (
    <div className="fig-control">
      <span id={id} className={props.showLabel === false ? 'visually-hidden' : 'fig-control-label'}>
        {props.label}
      </span>
      <div className="segmented" role="group" aria-labelledby={id}>
        {props.options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={o.value === props.value}
            onClick={() => {
              props.onChange(o.value);
            }}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}

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
  return (
    <div className="fig-controls">
      {showScale && (
        <Segmented
          label="Scale"
          value={scale}
          options={SCALES}
          onChange={(v) => {
            setView({ scale: v });
          }}
        />
      )}
      {showGroup && (
        <Segmented
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
