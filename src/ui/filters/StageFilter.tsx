import { memo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useAppStore } from '../../state/store';
import { useFilterResult } from '../../state/useFilteredView';
import { StageGlyph } from '../../charts/figures/marks';
import { stageHeading } from '../../model/stages';
import { datasetFacets } from './datasetFacets';
import { columnWidths, FacetColumns, FacetOption } from './FacetOption';

/** The stages of money present in the dataset (announced, committed, ...); they narrow figures only. */
export const StageFilter = memo(function StageFilter() {
  const { stages, widest } = datasetFacets(useDataset());
  const columns = [{ header: 'fig.', widest: widest.stageFigures }];
  const widths = columnWidths(columns);
  const { counts } = useFilterResult();
  const selected = useAppStore((s) => s.filters.stages);
  const toggleStage = useAppStore((s) => s.toggleStage);
  const setFilters = useAppStore((s) => s.setFilters);
  if (stages.length === 0) return <p className="filter-hint">This dataset has no figures.</p>;
  return (
    <div className="filter-section-body">
      <p className="filter-hint">Narrows the figures; events stay.</p>
      <FacetColumns columns={columns} withOnly />
      <ul className="facet-list">
        {stages.map((stage) => (
          <FacetOption
            key={stage}
            name={stageHeading(stage)}
            onlyLabel={`Only ${stage} figures`}
            label={stageHeading(stage)}
            checked={selected.includes(stage)}
            onToggle={() => {
              toggleStage(stage);
            }}
            onOnly={() => {
              setFilters({ stages: [stage] });
            }}
            swatch={
              <svg width="14" height="14" viewBox="-7 -7 14 14">
                <StageGlyph stage={stage} x={0} y={0} size={60} />
              </svg>
            }
            counts={[{ value: counts.stages.get(stage) ?? 0, noun: 'figure' }]}
            widths={widths}
          />
        ))}
      </ul>
    </div>
  );
});
