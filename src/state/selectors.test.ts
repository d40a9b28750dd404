import { textOfEvents } from '../data/eventText';
import { describe, expect, it } from 'vitest';
import type { Actor, AidEvent, Amount, Dataset } from '../data/schema';
import { emptyFilters, type Filters } from './filtersSlice';
import { exploreDataset, facetCounts, filterDataset, searchActors } from './selectors';

const actor = (id: string, name: string, type: Actor['type'], aliases: string[] = []): Actor => ({
  id,
  name,
  type,
  aliases,
  role: null,
});

const event = (
  id: string,
  date: string,
  datePrecision: AidEvent['datePrecision'],
  kind: AidEvent['kind'],
  actors: string[],
  title: string,
  summary = '',
  quote = 'A quote.',
): AidEvent => ({
  id,
  date,
  datePrecision,
  dateBasis: 'stated',
  title,
  summary,
  kind,
  actors,
  location: null,
  citations: [{ source: 'src', quote, start: 0, end: quote.length }],
});

const amount = (id: string, eventId: string, stage: Amount['stage']): Amount => ({
  id,
  eventId,
  date: '2023-09-28',
  label: id,
  value: 1,
  currency: 'USD',
  usd: 1,
  usdBasis: 'in-text',
  donor: 'nato',
  recipient: 'ukraine',
  kind: 'package',
  stage,
  cumulative: false,
  bound: 'exact',
  citations: [{ source: 'src', quote: 'USD 1', start: 0, end: 5 }],
});

function fixture(): Dataset {
  return {
    schemaVersion: 1,
    title: 'fixture',
    sources: [],
    actors: [
      actor('stoltenberg', 'Jens Stoltenberg', 'person', ['the NATO chief']),
      actor('zelensky', 'Volodymyr Zelensky', 'person', ['Zelenskyy', 'Zelenskiy']),
      actor('shapps', 'Grant Shapps', 'person'),
      actor('nato', 'NATO', 'organization'),
      actor('ukraine', 'Ukraine', 'country', ['Kyiv']),
    ],
    events: [
      event(
        'visit',
        '2023-09-28',
        'day',
        'visit',
        ['stoltenberg', 'zelensky', 'nato'],
        'Stoltenberg visits Kyiv',
        'The NATO chief met the president.',
        'Stoltenberg said in Kyiv that allies had signed contracts.',
      ),
      event(
        'address',
        '2023-09',
        'month',
        'statement',
        ['zelensky'],
        'Zelensky’s address',
        'He spoke at the Café Europa.',
      ),
      event('budget', '2023', 'year', 'budget', ['ukraine'], 'Budget for the year', 'Kyïv plans spending.'),
      // Week precision: 2023-09-20 is a Wednesday, the week runs from Monday 18 to Sunday 24 September.
      event('talks', '2023-09-20', 'week', 'meeting', ['shapps', 'zelensky'], 'Shapps meets Zelensky'),
      event('contract', '2023-10-05', 'day', 'announcement', ['shapps', 'stoltenberg'], 'Contract signed'),
    ],
    amounts: [
      amount('fig-committed', 'visit', 'committed'),
      amount('fig-announced', 'visit', 'announced'),
      amount('fig-talks', 'talks', 'announced'),
      amount('fig-contract', 'contract', 'contracted'),
      amount('fig-orphan', 'missing-event', 'announced'),
    ],
    flags: [],
  };
}

const ids = (items: readonly { id: string }[]) => items.map((x) => x.id);
const run = (dataset: Dataset, patch: Partial<Filters>) =>
  filterDataset(dataset, { ...emptyFilters, ...patch }, textOfEvents(dataset.events));

describe('filterDataset', () => {
  const dataset = fixture();

  it('lets everything through without filters, except figures whose event is unknown', () => {
    const view = run(dataset, {});
    expect(ids(view.events)).toEqual(['visit', 'address', 'budget', 'talks', 'contract']);
    expect(ids(view.amounts)).toEqual(['fig-committed', 'fig-announced', 'fig-talks', 'fig-contract']);
  });

  it('matches any of the selected actors, or all of them', () => {
    expect(ids(run(dataset, { actors: ['zelensky', 'shapps'] }).events)).toEqual([
      'visit',
      'address',
      'talks',
      'contract',
    ]);
    expect(ids(run(dataset, { actors: ['zelensky', 'shapps'], actorMatch: 'all' }).events)).toEqual([
      'talks',
    ]);
    expect(ids(run(dataset, { actors: ['stoltenberg', 'shapps'], actorMatch: 'all' }).events)).toEqual([
      'contract',
    ]);
  });

  it('finds nothing in "all" mode when a selected actor is not in the dataset', () => {
    expect(run(dataset, { actors: ['zelensky', 'nobody'], actorMatch: 'all' }).events).toEqual([]);
  });

  it('filters by kind', () => {
    expect(ids(run(dataset, { kinds: ['visit', 'meeting'] }).events)).toEqual(['visit', 'talks']);
  });

  it('keeps imprecise dates whose span overlaps the range', () => {
    const range = run(dataset, { from: '2023-09-15', to: '2023-10-01' });
    // The month 2023-09, the year 2023 and the week of 18-24 September all overlap; 5 October does not.
    expect(ids(range.events)).toEqual(['visit', 'address', 'budget', 'talks']);
  });

  it('cuts a week-precision date at the edges of its ISO week', () => {
    expect(ids(run(dataset, { from: '2023-09-24', to: '2023-09-24' }).events)).toContain('talks');
    expect(ids(run(dataset, { from: '2023-09-18', to: '2023-09-18' }).events)).toContain('talks');
    expect(ids(run(dataset, { from: '2023-09-25', to: '2023-09-27' }).events)).not.toContain('talks');
    expect(ids(run(dataset, { from: '2023-09-11', to: '2023-09-17' }).events)).not.toContain('talks');
  });

  it('treats open ends as unbounded', () => {
    expect(ids(run(dataset, { from: '2023-10-01' }).events)).toEqual(['budget', 'contract']);
    expect(ids(run(dataset, { to: '2023-08-31' }).events)).toEqual(['budget']);
    expect(ids(run(dataset, { from: '2024-01-01' }).events)).toEqual([]);
  });

  it('ignores a malformed date bound instead of failing', () => {
    expect(run(dataset, { from: '2023-02-30', to: 'soon' }).events).toHaveLength(5);
  });

  it('searches titles, summaries and quotes, ignoring case and accents', () => {
    expect(ids(run(dataset, { text: 'CAFE' }).events)).toEqual(['address']);
    expect(ids(run(dataset, { text: 'café' }).events)).toEqual(['address']);
    expect(ids(run(dataset, { text: 'kyiv' }).events)).toEqual(['visit', 'budget']);
    expect(ids(run(dataset, { text: 'signed contracts' }).events)).toEqual(['visit']);
    expect(ids(run(dataset, { text: "zelensky's" }).events)).toEqual(['address']);
    expect(run(dataset, { text: 'kyiv europa' }).events).toEqual([]);
    expect(run(dataset, { text: '   ' }).events).toHaveLength(5);
  });

  it('gives the same answer while typing on and when deleting', () => {
    const fresh = (text: string) => {
      const own = fixture();
      return ids(filterDataset(own, { ...emptyFilters, text }, textOfEvents(own.events)).events);
    };
    for (const text of ['s', 'st', 'sto', 'stol', 'st', 'z', 'zel', 'x', 'stoltenberg']) {
      expect(ids(run(dataset, { text }).events)).toEqual(fresh(text));
    }
  });

  it('applies the stage filter to figures only', () => {
    const view = run(dataset, { stages: ['announced'] });
    expect(view.events).toHaveLength(5);
    expect(ids(view.amounts)).toEqual(['fig-announced', 'fig-talks']);
  });

  it('lets figures follow their events', () => {
    expect(ids(run(dataset, { actors: ['shapps'] }).amounts)).toEqual(['fig-talks', 'fig-contract']);
    expect(ids(run(dataset, { actors: ['shapps'], stages: ['contracted'] }).amounts)).toEqual([
      'fig-contract',
    ]);
  });

  it('combines every filter', () => {
    const view = run(dataset, {
      actors: ['zelensky'],
      kinds: ['visit', 'statement'],
      from: '2023-09-01',
      to: '2023-09-30',
      text: 'kyiv',
    });
    expect(ids(view.events)).toEqual(['visit']);
  });

  it('returns the same object for equal filters', () => {
    const a = run(dataset, { actors: ['zelensky'] });
    const b = run(dataset, { actors: ['zelensky'] });
    expect(b).toBe(a);
  });
});

describe('facetCounts', () => {
  const dataset = fixture();

  it('counts kinds under the other filters, ignoring the kind filter', () => {
    const counts = facetCounts(
      dataset,
      { ...emptyFilters, kinds: ['visit'], actors: ['zelensky'] },
      textOfEvents(dataset.events),
    );
    expect(counts.kinds.get('visit')).toBe(1);
    expect(counts.kinds.get('statement')).toBe(1);
    expect(counts.kinds.get('meeting')).toBe(1);
    expect(counts.kinds.get('announcement')).toBe(0);
  });

  it('counts actors ignoring the actor filter in "any" mode', () => {
    const counts = facetCounts(
      dataset,
      {
        ...emptyFilters,
        actors: ['shapps'],
        from: '2023-09-01',
        to: '2023-09-30',
      },
      textOfEvents(dataset.events),
    );
    expect(counts.actorEvents.get('zelensky')).toBe(3);
    expect(counts.actorEvents.get('stoltenberg')).toBe(1);
    expect(counts.actorEvents.get('shapps')).toBe(1);
    expect(counts.actorFigures.get('zelensky')).toBe(3);
  });

  it('counts actors within the current selection in "all" mode', () => {
    const counts = facetCounts(
      dataset,
      { ...emptyFilters, actors: ['zelensky'], actorMatch: 'all' },
      textOfEvents(dataset.events),
    );
    expect(counts.actorEvents.get('zelensky')).toBe(3);
    expect(counts.actorEvents.get('shapps')).toBe(1);
    expect(counts.actorEvents.get('stoltenberg')).toBe(1);
    expect(counts.actorEvents.get('ukraine')).toBe(0);
  });

  it('counts figures per actor under the stage filter', () => {
    const counts = facetCounts(
      dataset,
      { ...emptyFilters, stages: ['committed'] },
      textOfEvents(dataset.events),
    );
    expect(counts.actorFigures.get('stoltenberg')).toBe(1);
    expect(counts.actorFigures.get('shapps')).toBe(0);
  });

  it('counts stages of the kept events, ignoring the stage filter', () => {
    const counts = facetCounts(
      dataset,
      { ...emptyFilters, stages: ['committed'], actors: ['shapps'] },
      textOfEvents(dataset.events),
    );
    expect(counts.stages.get('announced')).toBe(1);
    expect(counts.stages.get('contracted')).toBe(1);
    expect(counts.stages.get('committed')).toBe(0);
  });

  it('agrees with the filtered view: selecting a counted choice shows that many', () => {
    const base: Filters = { ...emptyFilters, from: '2023-09-01', text: 'a' };
    const { counts } = exploreDataset(dataset, base, textOfEvents(dataset.events));
    for (const a of dataset.actors) {
      const view = filterDataset(dataset, { ...base, actors: [a.id] }, textOfEvents(dataset.events));
      expect(view.events.length, a.id).toBe(counts.actorEvents.get(a.id));
      expect(view.amounts.length, a.id).toBe(counts.actorFigures.get(a.id));
    }
  });
});

describe('the draft filter', () => {
  // "address" is a draft; "visit" is reviewed but holds one draft figure; "talks" has a draft figure too.
  const base = fixture();
  const dataset: Dataset = {
    ...base,
    events: base.events.map((e) => (e.id === 'address' ? { ...e, draft: true } : e)),
    amounts: base.amounts.map((a) =>
      a.id === 'fig-announced' || a.id === 'fig-talks' ? { ...a, draft: true } : a,
    ),
  };

  it('keeps everything for "all"', () => {
    const view = run(dataset, { drafts: 'all' });
    expect(ids(view.events)).toEqual(['visit', 'address', 'budget', 'talks', 'contract']);
    expect(view.amounts).toHaveLength(4);
  });

  it('keeps draft events, events holding a draft figure, and only the draft figures for "only"', () => {
    const view = run(dataset, { drafts: 'only' });
    expect(ids(view.events)).toEqual(['visit', 'address', 'talks']);
    expect(ids(view.amounts)).toEqual(['fig-announced', 'fig-talks']);
  });

  it('drops draft events and draft figures for "hide"', () => {
    const view = run(dataset, { drafts: 'hide' });
    expect(ids(view.events)).toEqual(['visit', 'budget', 'talks', 'contract']);
    expect(ids(view.amounts)).toEqual(['fig-committed', 'fig-contract']);
  });

  it('combines with the other filters', () => {
    const view = run(dataset, { drafts: 'only', actors: ['shapps'], stages: ['announced'] });
    expect(ids(view.events)).toEqual(['talks']);
    expect(ids(view.amounts)).toEqual(['fig-talks']);
  });

  it('counts each choice under the other filters, and the facets follow the choice', () => {
    const counts = facetCounts(
      dataset,
      { ...emptyFilters, drafts: 'hide', kinds: ['statement', 'visit'] },
      textOfEvents(dataset.events),
    );
    expect(counts.drafts.get('all')).toBe(2);
    expect(counts.drafts.get('only')).toBe(2);
    expect(counts.drafts.get('hide')).toBe(1);
    expect(counts.kinds.get('statement')).toBe(0);
    expect(counts.stages.get('announced')).toBe(0);
    expect(counts.stages.get('committed')).toBe(1);
    expect(counts.actorFigures.get('stoltenberg')).toBe(1);
  });

  it('agrees with the filtered view: each choice shows as many events as it counts', () => {
    const base: Filters = { ...emptyFilters, actors: ['zelensky'] };
    const { counts } = exploreDataset(dataset, base, textOfEvents(dataset.events));
    for (const drafts of ['all', 'only', 'hide'] as const) {
      expect(
        filterDataset(dataset, { ...base, drafts }, textOfEvents(dataset.events)).events.length,
        drafts,
      ).toBe(counts.drafts.get(drafts));
    }
  });
});

describe('searchActors', () => {
  const { actors } = fixture();

  it('matches names and aliases, ignoring case and accents', () => {
    expect(ids(searchActors(actors, 'Zelenskyy'))).toEqual(['zelensky']);
    expect(ids(searchActors(actors, 'zelenskiy'))).toEqual(['zelensky']);
    expect(ids(searchActors(actors, 'ZELÉNSKY'))).toEqual(['zelensky']);
    expect(ids(searchActors(actors, 'kyiv'))).toEqual(['ukraine']);
    expect(ids(searchActors(actors, 'nato chief'))).toEqual(['stoltenberg']);
  });

  it('returns every actor for an empty query and none for a miss', () => {
    expect(searchActors(actors, ' ')).toHaveLength(5);
    expect(searchActors(actors, 'putin')).toEqual([]);
  });
});
