import { ExportMenu } from './exportMenu/ExportMenu';
import { useAppStore } from '../state/store';
import type { ViewOptions } from '../state/viewSlice';
import { OnDemand } from '../components/OnDemand';
import { preloadComponent } from '../components/preloadComponent';
import { firstViewPainted } from './firstView';
import { FollowsLater } from './FilterStages';
import { Segmented } from '../components/Segmented';
import '../charts/figures/figures.css';

// The panel sits below the timeline, out of the first screen: its contents are not part of the first
// load, and start loading once the first view is painted, so they are usually there before anyone
// scrolls to them.
const FiguresBody = preloadComponent(() =>
  firstViewPainted.then(() => import('../charts/figures/FiguresBody')).then((m) => m.FiguresBody),
);
const BODY_MIN_HEIGHT = 560;

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
            className="fig-control"
            value={figuresView}
            options={VIEWS}
            onChange={(v) => {
              setView({ figuresView: v });
            }}
          />
          <Segmented
            label="Show figures as"
            className="fig-control"
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
        <OnDemand minHeight={BODY_MIN_HEIGHT}>
          <FollowsLater>
            <FiguresBody />
          </FollowsLater>
        </OnDemand>
      </div>
    </section>
  );
}
