import { memo } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useAppStore } from '../../state/store';
import { useFilterResult } from '../../state/useFilteredView';
import { KindGlyph } from '../../charts/timeline/KindGlyph';
import { KIND_LABELS } from '../../model/eventKinds';
import { datasetFacets } from './datasetFacets';
import { columnWidths, FacetColumns, FacetOption } from './FacetOption';

/** The event kinds present in the dataset, with how many events each has under the other filters. */
export const KindFilter = memo(function KindFilter() {
  const { kinds, widest } = datasetFacets(useDataset());
  const columns = [{ header: 'ev.', widest: widest.kindEvents }];
  const widths = columnWidths(columns);
  const { counts } = useFilterResult();
  const selected = useAppStore((s) => s.filters.kinds);
  const toggleKind = useAppStore((s) => s.toggleKind);
  const setFilters = useAppStore((s) => s.setFilters);
  return (
    <div className="filter-section-body">
      <FacetColumns columns={columns} withOnly />
      <ul className="facet-list" data-facet="kinds">
        {kinds.map((kind) => (
          <FacetOption
            key={kind}
            name={KIND_LABELS[kind]}
            onlyLabel={`Only ${kind} events`}
            label={KIND_LABELS[kind]}
            checked={selected.includes(kind)}
            onToggle={() => {
              toggleKind(kind);
            }}
            onOnly={() => {
              setFilters({ kinds: [kind] });
            }}
            swatch={<KindGlyph kind={kind} />}
            counts={[{ value: counts.kinds.get(kind) ?? 0, noun: 'event' }]}
            widths={widths}
          />
        ))}
      </ul>
    </div>
  );
});
