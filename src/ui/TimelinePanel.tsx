import { lazy, useMemo } from 'react';
import { EVENT_KINDS } from '../data/vocabulary';
import { ExportMenu } from './exportMenu/ExportMenu';
import { useAppStore } from '../state/store';
import type { ChartOrTable, LaneGrouping } from '../state/viewSlice';
import { TimelineChart } from '../charts/timeline/TimelineChart';
import { TimelineLegend } from '../charts/timeline/TimelineLegend';
import { useTimelineModel } from '../charts/timeline/useTimelineModel';
import { OnDemand } from '../components/OnDemand';
import { Segmented, type SegmentedOption } from '../components/Segmented';
import '../charts/timeline/timeline.css';

// The table alternative is loaded when first shown.
const TimelineTable = lazy(() =>
  import('../charts/timeline/TimelineTable').then((m) => ({ default: m.TimelineTable })),
);
const TABLE_MIN_HEIGHT = 320;

type Option<T extends string> = SegmentedOption<T>;

const LANES: Option<LaneGrouping>[] = [
  { value: 'actor', label: 'By actor' },
  { value: 'kind', label: 'By kind' },
];
const MODES: Option<ChartOrTable>[] = [
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
];

/** The zoomable timeline of events, with its overview and table alternative. */
export function TimelinePanel() {
  const mode = useAppStore((s) => s.view.timelineMode);
  const lanes = useAppStore((s) => s.view.lanes);
  const setView = useAppStore((s) => s.setView);
  const model = useTimelineModel();
  const kinds = useMemo(() => {
    const present = new Set(model.timed.events.map((e) => e.kind));
    return EVENT_KINDS.filter((k) => present.has(k));
  }, [model.timed]);

  return (
    <section className="card timeline-panel" aria-labelledby="timeline-title">
      <div className="card-header">
        <div>
          <h2 id="timeline-title" className="card-title">
            Timeline
          </h2>
          <p className="card-subtitle">Every event, with its date as precisely as the sources give it</p>
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
            options={MODES}
            onChange={(v) => {
              setView({ timelineMode: v });
            }}
          />
          <ExportMenu target="timeline" />
        </div>
      </div>
      <div className="card-body tl-body">
        {mode === 'chart' ? (
          <>
            <TimelineChart model={model} />
            <TimelineLegend kinds={kinds} />
          </>
        ) : (
          <OnDemand minHeight={TABLE_MIN_HEIGHT}>
            <TimelineTable model={model} />
          </OnDemand>
        )}
      </div>
    </section>
  );
}
