import { textOfEvents } from '../../data/eventText';
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../state/filtersSlice';
import { exploreDataset } from '../../state/selectors';
import { bundled } from '../../test/bundledDataset';
import { datasetFacets } from './datasetFacets';
import { columnWidths } from './FacetOption';

describe('the columns of facet counts', () => {
  it('are as wide as the longer of the header and the largest count, with its separator', () => {
    expect(columnWidths([{ header: 'ev.', widest: 1993 }])).toEqual([5]);
    expect(columnWidths([{ header: 'fig.', widest: 12 }])).toEqual([4]);
    expect(columnWidths([{ header: 'ev.', widest: 100_000 }])).toEqual([7]);
  });

  it('take the largest counts with no filter set', () => {
    const { counts } = exploreDataset(bundled, emptyFilters, textOfEvents(bundled.events));
    const largest = (map: ReadonlyMap<string, number>) => Math.max(...map.values());
    expect(datasetFacets(bundled).widest).toEqual({
      kindEvents: largest(counts.kinds),
      stageFigures: largest(counts.stages),
      actorEvents: largest(counts.actorEvents),
      actorFigures: largest(counts.actorFigures),
    });
  });
});
