import { lazy } from 'react';
import { ExportMenu } from './exportMenu/ExportMenu';
import { useAppStore } from '../state/store';
import type { LaneGrouping, TimelineMode } from '../state/viewSlice';
import { TimelineChart } from '../charts/timeline/TimelineChart';
import { useTimelineModel } from '../charts/timeline/useTimelineModel';
import { OnDemand } from '../components/OnDemand';
import { Segmented, type SegmentedOption } from '../components/Segmented';
import { useMediaQuery } from '../components/useMediaQuery';
import '../charts/timeline/timeline.css';

// The table alternative is loaded when first shown.
const TimelineTable = lazy(() =>
  import('../charts/timeline/TimelineTable').then((m) => ({ default: m.TimelineTable })),
);
// The reading view is what a phone opens, so it is fetched with the page only where it is shown.
const TimelineReading = lazy(() =>
  import('../charts/timeline/TimelineReading').then((m) => ({ default: m.TimelineReading })),
);
const TABLE_MIN_HEIGHT = 320;
/** Below this width the timeline opens as a vertical list, which a phone reads best. */
const NARROW_QUERY = '(max-width: 599.98px)';

type Option<T extends string> = SegmentedOption<T>;
type ShownMode = Exclude<TimelineMode, 'auto'>;

const LANES: Option<LaneGrouping>[] = [
  { value: 'none', label: 'None' },
  { value: 'actor', label: 'By actor' },
  { value: 'kind', label: 'By kind' },
];
const WIDE_MODES: Option<ShownMode>[] = [
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
];
const ALL_MODES: Option<ShownMode>[] = [
  { value: 'list', label: 'List' },
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
];

/** The mode shown: the person's choice, else the list on a narrow screen and the chart on a wide one. */
export function shownMode(mode: TimelineMode, narrow: boolean): ShownMode {
  if (mode !== 'auto') return mode;
  return narrow ? 'list' : 'chart';
}

/** The timeline of events: a zoomable chart with its overview, a vertical list for phones, and a table. */
export function TimelinePanel() {
  const chosen = useAppStore((s) => s.view.timelineMode);
  const lanes = useAppStore((s) => s.view.lanes);
  const setView = useAppStore((s) => s.setView);
  const narrow = useMediaQuery(NARROW_QUERY);
  const mode = shownMode(chosen, narrow);
  const model = useTimelineModel();

  return (
    <section className="card timeline-panel" aria-labelledby="timeline-title">
      <div className="card-header">
        <div>
          <h2 id="timeline-title" className="card-title">
            Timeline
          </h2>
          {mode !== 'list' && <p className="card-subtitle tl-summary">{model.summary}</p>}
        </div>
        <div className="tl-header-actions">
          {mode === 'chart' && (
            <Segmented
              className="tl-toggle"
              label="Lanes"
              value={lanes}
              options={LANES}
              onChange={(v) => {
                setView({ lanes: v });
              }}
            />
          )}
          <Segmented
            className="tl-toggle"
            label="Show the timeline as"
            value={mode}
            options={narrow || mode === 'list' ? ALL_MODES : WIDE_MODES}
            onChange={(v) => {
              setView({ timelineMode: v });
            }}
          />
          <ExportMenu target="timeline" />
        </div>
      </div>
      <div className="card-body tl-body">
        {mode === 'chart' && <TimelineChart model={model} />}
        {mode === 'list' && (
          <OnDemand minHeight={TABLE_MIN_HEIGHT}>
            <TimelineReading model={model} />
          </OnDemand>
        )}
        {mode === 'table' && (
          <OnDemand minHeight={TABLE_MIN_HEIGHT}>
            <TimelineTable model={model} />
          </OnDemand>
        )}
      </div>
    </section>
  );
}
