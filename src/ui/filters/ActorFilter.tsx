import { memo, useId, useMemo, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import type { Actor, ActorType } from '../../data/schema';
import { searchActors } from '../../state/selectors';
import { foldText, searchTerms } from '../../state/searchText';
import { useAppStore } from '../../state/store';
import { useFilterResult } from '../../state/useFilteredView';
import { Highlight } from '../../components/Highlight';
import { datasetFacets } from './datasetFacets';
import { columnWidths, FacetColumns, FacetOption } from './FacetOption';
import { wholeNumber } from '../../model/counts';

/** How many actors of a type are listed before "Show all". */
const COLLAPSED_COUNT = 8;

const GROUP_LABELS: Record<ActorType, string> = {
  person: 'People',
  organization: 'Organizations',
  country: 'Countries',
};

/** The alias that matched a search, when the name itself did not. */
function matchedAlias(actor: Actor, query: string): string | undefined {
  const terms = searchTerms(query);
  if (terms.length === 0) return undefined;
  const name = foldText(actor.name);
  if (terms.every((t) => name.includes(t))) return undefined;
  return actor.aliases.find((alias) => terms.some((t) => foldText(alias).includes(t)));
}

/** Actors by type with checkboxes, colours and counts; a search over names and aliases; any/all. */
export const ActorFilter = memo(function ActorFilter() {
  const dataset = useDataset();
  const facets = datasetFacets(dataset);
  const columns = [
    { header: 'ev.', widest: facets.widest.actorEvents },
    { header: 'fig.', widest: facets.widest.actorFigures },
  ];
  const widths = columnWidths(columns);
  const { counts } = useFilterResult();
  const selected = useAppStore((s) => s.filters.actors);
  const match = useAppStore((s) => s.filters.actorMatch);
  const toggleActor = useAppStore((s) => s.toggleActor);
  const setFilters = useAppStore((s) => s.setFilters);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<ActorType>>(new Set());
  const searchId = useId();
  const matchLabelId = useId();

  const found = useMemo(() => new Set(searchActors(dataset.actors, query)), [dataset, query]);
  const searching = searchTerms(query).length > 0;

  return (
    <div className="filter-section-body">
      <div className="actor-tools">
        <label htmlFor={searchId} className="visually-hidden">
          Find an actor by name or alias
        </label>
        <input
          id={searchId}
          className="filter-input"
          type="search"
          placeholder="Find an actor or alias"
          autoComplete="off"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
          }}
        />
        <div className="actor-match">
          <span id={matchLabelId} className="filter-hint">
            Match
          </span>
          <div className="segmented" role="group" aria-labelledby={matchLabelId}>
            {(['any', 'all'] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                aria-pressed={match === mode}
                onClick={() => {
                  setFilters({ actorMatch: mode });
                }}
              >
                {mode === 'any' ? 'Any' : 'All'}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="btn btn-quiet btn-small"
            disabled={selected.length === 0}
            onClick={() => {
              setFilters({ actors: [] });
            }}
          >
            All actors
          </button>
        </div>
      </div>
      {searching && found.size === 0 && <p className="filter-hint">No actor matches “{query.trim()}”.</p>}
      {facets.actorGroups.map(({ type, actors }) => {
        const matching = searching ? actors.filter((a) => found.has(a)) : actors;
        if (matching.length === 0) return null;
        const open = searching || expanded.has(type);
        const shown = open
          ? matching
          : matching.filter((a, i) => i < COLLAPSED_COUNT || selected.includes(a.id));
        const hidden = matching.length - shown.length;
        return (
          <fieldset key={type} className="facet-group">
            <legend className="facet-legend">
              {GROUP_LABELS[type]} <span className="muted">({wholeNumber(matching.length)})</span>
            </legend>
            <FacetColumns columns={columns} withOnly />
            <ul className="facet-list">
              {shown.map((actor) => (
                <FacetOption
                  key={actor.id}
                  name={actor.name}
                  label={<Highlight text={actor.name} query={query} />}
                  note={(() => {
                    const alias = matchedAlias(actor, query);
                    return alias === undefined ? undefined : (
                      <>
                        also <Highlight text={alias} query={query} />
                      </>
                    );
                  })()}
                  checked={selected.includes(actor.id)}
                  onToggle={() => {
                    toggleActor(actor.id);
                  }}
                  onOnly={() => {
                    setFilters({ actors: [actor.id] });
                  }}
                  counts={[
                    { value: counts.actorEvents.get(actor.id) ?? 0, noun: 'event' },
                    { value: counts.actorFigures.get(actor.id) ?? 0, noun: 'figure' },
                  ]}
                  widths={widths}
                />
              ))}
            </ul>
            {!searching && (hidden > 0 || expanded.has(type)) && (
              <button
                type="button"
                className="btn btn-quiet btn-small facet-more"
                aria-expanded={expanded.has(type)}
                onClick={() => {
                  setExpanded((prev) => {
                    const next = new Set(prev);
                    if (next.has(type)) next.delete(type);
                    else next.add(type);
                    return next;
                  });
                }}
              >
                {expanded.has(type)
                  ? `Show fewer ${GROUP_LABELS[type].toLowerCase()}`
                  : `Show all ${wholeNumber(matching.length)} ${GROUP_LABELS[type].toLowerCase()}`}
              </button>
            )}
          </fieldset>
        );
      })}
    </div>
  );
});
