import { useId, useMemo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { AMOUNT_STAGES } from '../../data/vocabulary';
import { useAppStore } from '../../state/store';
import { useFilterResult } from '../../state/useFilteredView';
import { STAGE_DESCRIPTIONS } from '../../model/stages';
import type { FigureRow } from './figureRows';
import { StageGlyph, svgIdPrefix } from './marks';
import { wholeNumber } from '../../model/counts';

/**
 * Legend of the figures views: stages (buttons that filter by stage, each with how many figures it
 * would show under the other filters) and the drafts. Each chart keys its own marks (MarksKey), from
 * what it draws.
 */
export function FiguresLegend({ rows }: { rows: readonly FigureRow[] }) {
  const dataset = useDataset();
  const stages = useMemo(() => {
    const present = new Set(dataset.amounts.map((a) => a.stage));
    return AMOUNT_STAGES.filter((s) => present.has(s));
  }, [dataset]);
  const { counts } = useFilterResult();
  const selectedStages = useAppStore((s) => s.filters.stages);
  const toggleStage = useAppStore((s) => s.toggleStage);
  const setFilters = useAppStore((s) => s.setFilters);
  const prefix = svgIdPrefix(useId());
  const labelId = `${prefix}-stages`;
  const drafts = useMemo(() => rows.filter((r) => r.amount.draft === true).length, [rows]);

  return (
    <div className="fig-legend inset-box">
      <div className="fig-legend-row">
        <span id={labelId} className="fig-legend-label">
          Stage
        </span>
        <div className="fig-legend-items" role="group" aria-labelledby={labelId}>
          {stages.map((stage) => {
            const count = counts.stages.get(stage) ?? 0;
            return (
              <button
                key={stage}
                type="button"
                className="chip fig-stage-chip"
                aria-pressed={selectedStages.includes(stage)}
                title={`Show only ${stage} figures: ${STAGE_DESCRIPTIONS[stage]}`}
                data-stage={stage}
                data-count={count}
                onClick={() => {
                  toggleStage(stage);
                }}
              >
                <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                  <StageGlyph stage={stage} x={0} y={0} size={60} />
                </svg>
                {stage}
                <span className="fig-chip-count">
                  {wholeNumber(count)}
                  <span className="visually-hidden"> {count === 1 ? 'figure' : 'figures'}</span>
                </span>
              </button>
            );
          })}
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
      {drafts > 0 && (
        <p className="fig-draft-note">
          <span className="fig-draft-tag">draft</span>{' '}
          {drafts === 1 ? '1 figure is a draft' : `${drafts} figures are drafts`} that no curator has reviewed
          yet.
        </p>
      )}
    </div>
  );
}
