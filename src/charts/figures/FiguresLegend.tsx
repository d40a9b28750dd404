import { useId, useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { AMOUNT_KINDS, AMOUNT_STAGES, type AmountKind, type AmountStage } from '../../data/vocabulary';
import { useAppStore } from '../../state/store';
import { BarPatterns, BarShape, barFill, FlagMarker, StageGlyph, svgIdPrefix } from './marks';
import { AMOUNT_KIND_DESCRIPTIONS, STAGE_DESCRIPTIONS } from '../../model/stages';

/** Legend of the figures charts: stages (buttons that filter by stage), kinds (patterns) and marks. */
export function FiguresLegend({ view }: { view: 'bars' | 'time' | 'table' }) {
  const dataset = useDataset();
  const selectedStages = useAppStore((s) => s.filters.stages);
  const toggleStage = useAppStore((s) => s.toggleStage);
  const setFilters = useAppStore((s) => s.setFilters);
  const prefix = svgIdPrefix(useId());
  const labelId = `${prefix}-stages`;

  const { stages, kinds } = useMemo(() => {
    const stageCounts = new Map<AmountStage, number>();
    const kindSet = new Set<AmountKind>();
    for (const a of dataset.amounts) {
      stageCounts.set(a.stage, (stageCounts.get(a.stage) ?? 0) + 1);
      kindSet.add(a.kind);
    }
    return {
      stages: AMOUNT_STAGES.filter((s) => stageCounts.has(s)).map((s) => ({
        stage: s,
        count: stageCounts.get(s) ?? 0,
      })),
      kinds: AMOUNT_KINDS.filter((k) => kindSet.has(k)),
    };
  }, [dataset]);

  return (
    <div className="fig-legend inset-box">
      <div className="fig-legend-row">
        <span id={labelId} className="fig-legend-label">
          Stage
        </span>
        <div className="fig-legend-items" role="group" aria-labelledby={labelId}>
          {stages.map(({ stage, count }) => (
            <button
              key={stage}
              type="button"
              className="chip fig-stage-chip"
              aria-pressed={selectedStages.includes(stage)}
              title={`Show only ${stage} figures: ${STAGE_DESCRIPTIONS[stage]}`}
              data-stage={stage}
              onClick={() => {
                toggleStage(stage);
              }}
            >
              <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                <StageGlyph stage={stage} x={0} y={0} size={60} />
              </svg>
              {stage}
              <span className="fig-chip-count">{count}</span>
            </button>
          ))}
          {selectedStages.length > 0 && (
            <button
              type="button"
              className="btn btn-quiet fig-clear-stages"
              onClick={() => {
                setFilters({ stages: [] });
              }}
            >
              All stages
            </button>
          )}
        </div>
      </div>
      {view === 'table' ? null : view === 'bars' ? (
        <>
          <div className="fig-legend-row">
            <span className="fig-legend-label">Kind</span>
            <ul className="fig-legend-items fig-legend-list">
              {kinds.map((kind) => (
                <li key={kind}>
                  <svg width="26" height="12" aria-hidden="true">
                    <BarPatterns prefix={`${prefix}-${kind}`} pairs={[[kind, 'cumulative']]} />
                    <BarShape
                      x={1}
                      y={1}
                      width={24}
                      height={10}
                      highX={null}
                      bound="exact"
                      fill={barFill(`${prefix}-${kind}`, kind, 'cumulative')}
                      color="var(--data-8)"
                      outlined={kind === 'total'}
                    />
                  </svg>
                  {AMOUNT_KIND_DESCRIPTIONS[kind]}
                </li>
              ))}
            </ul>
          </div>
          <div className="fig-legend-row">
            <span className="fig-legend-label">Marks</span>
            <ul className="fig-legend-items fig-legend-list">
              <li>
                <svg width="30" height="12" aria-hidden="true">
                  <BarShape {...SAMPLE} width={18} bound="lower" />
                </svg>
                more than (lower bound)
              </li>
              <li>
                <svg width="30" height="12" aria-hidden="true">
                  <BarShape {...SAMPLE} width={24} bound="approximate" />
                </svg>
                about (approximate)
              </li>
              <FlagItem />
            </ul>
          </div>
        </>
      ) : (
        <div className="fig-legend-row">
          <span className="fig-legend-label">Marks</span>
          <ul className="fig-legend-items fig-legend-list">
            <li>
              <svg width="12" height="22" aria-hidden="true">
                <line
                  x1="6"
                  x2="6"
                  y1="4"
                  y2="22"
                  stroke="var(--data-8)"
                  strokeWidth="2"
                  strokeDasharray="4 3"
                />
              </svg>
              running total (dashed stem)
            </li>
            <li>
              <svg width="12" height="22" aria-hidden="true">
                <path d="M1 8 L6 1 L11 8 Z" fill="var(--data-8)" />
                <line x1="6" x2="6" y1="8" y2="22" stroke="var(--data-8)" strokeWidth="2" />
              </svg>
              more than (lower bound)
            </li>
            <li>
              <svg width="20" height="20" aria-hidden="true">
                <circle cx="10" cy="10" r="8" fill="none" stroke="var(--data-8)" strokeDasharray="2 2" />
                <circle cx="10" cy="10" r="3.5" fill="var(--data-8)" />
              </svg>
              about (approximate)
            </li>
            <FlagItem />
          </ul>
        </div>
      )}
    </div>
  );
}

const SAMPLE = {
  x: 1,
  y: 1,
  height: 10,
  highX: null,
  fill: 'var(--data-8)',
  color: 'var(--data-8)',
  outlined: false,
} as const;

function FlagItem() {
  return (
    <li>
      <svg width="16" height="14" aria-hidden="true">
        <FlagMarker x={1} y={0} severity="warning" />
      </svg>
      flagged: hover or focus for why
    </li>
  );
}
