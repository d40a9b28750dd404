import type { LeanDataset } from '../data/leanDataset';
import { AMOUNT_STAGES, EVENT_KINDS, type AmountStage, type EventKind } from '../data/vocabulary';
import { DAY_MS, dayToIso, dayToMs, parseIsoDay, parsePartialDate } from '../model/dates';
import { cutBetweenCharacters } from '../model/characters';
import { dateFilterWindow, datasetTimeDomain } from '../model/timeDomain';
import { datasetHasDrafts } from './filterMasks';
import { DRAFT_CHOICES, emptyFilters, type Filters } from './filtersSlice';
import { emptySelection, type Selection } from './selectionSlice';
import { defaultView, type ViewOptions } from './viewSlice';

/**
 * The store's intent as a readable query string, and back. Only values that differ from the defaults
 * are written, in a fixed order:
 *
 *   actors=stoltenberg,zelensky  match=all  kinds=visit,meeting  stages=committed
 *   from=2023-09-01  to=2023-09-30  q=kyiv+contracts  drafts=only (or hide; kept only when the dataset has drafts)
 *   event=<id>  amount=<id>  compare=<id>,<id>
 *   window=2023-09-01,2023-10-01 (the timeline's visible range; a time is added when not at midnight UTC)
 *     A link with dates and no window opens zoomed to the dates, as setting them does; `window=all` keeps
 *     such a link fitting everything.
 *   lanes=actor|kind  timeline=chart|list|table  figures=table  figview=time  scale=log  sort=date  group=donor
 *
 * Decoding never throws: unknown parameters, ids not in the dataset, unknown kinds and malformed dates
 * are dropped and the default is used. Parameters that are not ours (`dataset=...`) are left alone.
 */

export interface UrlState {
  filters: Filters;
  view: ViewOptions;
  selection: Selection;
}

/** The query parameters this module owns; everything else in the URL is kept as it is. */
export const URL_KEYS = [
  'actors',
  'match',
  'kinds',
  'stages',
  'from',
  'to',
  'q',
  'drafts',
  'event',
  'amount',
  'compare',
  'window',
  'lanes',
  'timeline',
  'figures',
  'figview',
  'scale',
  'sort',
  'group',
] as const;

const OWN_KEYS = new Set<string>(URL_KEYS);
/**
 * The longest search kept, in characters (UTF-16 units, as `String.length` counts them): a link keeps the
 * whole search up to this, so it reproduces the view; longer text is cut between two characters, and the
 * page says so. 2,000 characters stay far below what browsers and servers accept in a URL, even when
 * every character is percent-encoded (up to 9 bytes each).
 */
export const MAX_QUERY_LENGTH = 2000;
const MAX_LIST_LENGTH = 500;
const MS_PER_MINUTE = 60_000;
const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})Z)?$/;
const CONTROL_CHARS = /\p{Cc}/gu;
// A lone UTF-16 surrogate cannot be percent-encoded (encodeURIComponent throws on it).
const LONE_SURROGATES = /\p{Cs}/gu;

/** A value made safe for a query string while staying readable: commas stay, spaces become `+`. */
const encodeValue = (value: string): string =>
  encodeURIComponent(value.replace(LONE_SURROGATES, '\uFFFD'))
    .replace(/%2C/gi, ',')
    .replace(/%3A/gi, ':')
    .replace(/%20/g, '+');

function formatInstant(ms: number): string {
  const minutes = Math.round(ms / MS_PER_MINUTE) * MS_PER_MINUTE;
  const iso = new Date(minutes).toISOString();
  return minutes % DAY_MS === 0 ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

function parseInstant(text: string): number | null {
  const match = INSTANT.exec(text);
  if (match === null) return null;
  const day = parseIsoDay(match[1] ?? '');
  if (day === null) return null;
  const hours = match[2] === undefined ? 0 : Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (hours > 23 || minutes > 59) return null;
  return dayToMs(day) + hours * 3_600_000 + minutes * MS_PER_MINUTE;
}

/** The query string (without `?`) for a state: only the values that differ from the defaults. */
export function encodeUrlState(state: UrlState): string {
  const { filters: f, view: v, selection: s } = state;
  const pairs: [string, string][] = [];
  const put = (key: string, value: string) => pairs.push([key, value]);
  if (f.actors.length > 0) put('actors', f.actors.join(','));
  if (f.actorMatch !== emptyFilters.actorMatch) put('match', f.actorMatch);
  if (f.kinds.length > 0) put('kinds', f.kinds.join(','));
  if (f.stages.length > 0) put('stages', f.stages.join(','));
  if (f.from !== null) put('from', f.from);
  if (f.to !== null) put('to', f.to);
  const text = cleanSearchText(f.text);
  if (text !== '') put('q', text);
  if (f.drafts !== emptyFilters.drafts) put('drafts', f.drafts);
  if (s.eventId !== null) put('event', s.eventId);
  if (s.amountId !== null) put('amount', s.amountId);
  if (s.compare.length > 0) put('compare', s.compare.join(','));
  if (v.window !== null) put('window', `${formatInstant(v.window[0])},${formatInstant(v.window[1])}`);
  else if (f.from !== null || f.to !== null) put('window', FIT_ALL);
  if (v.lanes !== defaultView.lanes) put('lanes', v.lanes);
  if (v.timelineMode !== defaultView.timelineMode) put('timeline', v.timelineMode);
  if (v.figuresMode !== defaultView.figuresMode) put('figures', v.figuresMode);
  if (v.figuresView !== defaultView.figuresView) put('figview', v.figuresView);
  if (v.scale !== defaultView.scale) put('scale', v.scale);
  if (v.sort !== defaultView.sort) put('sort', v.sort);
  if (v.group !== defaultView.group) put('group', v.group);
  return pairs.map(([key, value]) => `${key}=${encodeValue(value)}`).join('&');
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A comma list of the allowed values; duplicates removed, order kept. */
function list<T extends string>(value: string | null, allowed: ReadonlySet<T>): T[] {
  if (value === null) return [];
  const known: ReadonlySet<string> = allowed;
  const items = value
    .split(',')
    .slice(0, MAX_LIST_LENGTH)
    .map((item) => item.trim())
    .filter((item): item is T => known.has(item));
  return [...new Set(items)];
}

/** A date bound: a full date, or a month or year read as its first (`from`) or last (`to`) day. */
function dateBound(value: string | null, end: 'start' | 'end'): string | null {
  if (value === null) return null;
  const span = parsePartialDate(value.trim());
  return span === null ? null : dayToIso(span[end]);
}

const withoutControls = (value: string): string =>
  value.replace(CONTROL_CHARS, ' ').replace(LONE_SURROGATES, '\uFFFD').trim();

/** Search text as the filter holds it: no control characters, trimmed, at most MAX_QUERY_LENGTH long. */
export function cleanSearchText(value: string): string {
  const clean = withoutControls(value);
  if (clean.length <= MAX_QUERY_LENGTH) return clean;
  // Never inside a character (half an emoji cannot be written in a URL); trimmed again, as the cut may end on a space.
  return cutBetweenCharacters(clean, MAX_QUERY_LENGTH).trimEnd();
}

/** The length of the cleaned search text when it is longer than what is kept, else null. */
export function searchTextOverflow(value: string): number | null {
  if (value.length <= MAX_QUERY_LENGTH) return null;
  const { length } = withoutControls(value);
  return length > MAX_QUERY_LENGTH ? length : null;
}

/** How long the URL's search (`q=`) was, when it was cut to MAX_QUERY_LENGTH; else null. */
export function urlSearchOverflow(search: string): number | null {
  const q = new URLSearchParams(search).get('q');
  return q === null ? null : searchTextOverflow(q);
}

function decodeWindow(value: string | null): [number, number] | null {
  if (value === null) return null;
  const parts = value.split(',');
  if (parts.length !== 2) return null;
  const start = parseInstant(parts[0]?.trim() ?? '');
  const end = parseInstant(parts[1]?.trim() ?? '');
  return start !== null && end !== null && end > start ? [start, end] : null;
}

/** The `window` value of a timeline that fits everything although dates are set. */
const FIT_ALL = 'all';

/** The window a link asks for: its own, or, with dates and no window, the dates' (see dateFilterWindow). */
function windowOf(
  value: string | null,
  from: string | null,
  to: string | null,
  dataset: LeanDataset,
): [number, number] | null {
  if (value !== null) return value === FIT_ALL ? null : decodeWindow(value);
  return from === null && to === null ? null : dateFilterWindow(from, to, datasetTimeDomain(dataset));
}

function decodeSelection(params: URLSearchParams, dataset: LeanDataset): Selection {
  // Looked up only when asked for: a plain link to a 100k-event dataset builds no index here.
  const amountParam = params.get('amount');
  const amount = amountParam === null ? undefined : dataset.amounts.find((a) => a.id === amountParam);
  const eventParam = params.get('event');
  const known = eventParam !== null && dataset.events.some((e) => e.id === eventParam);
  // A figure is always shown together with its own event.
  const eventId = amount?.eventId ?? (known ? eventParam : null);
  const compareParam = params.get('compare');
  const compare =
    compareParam === null ? [] : list(compareParam, new Set(dataset.amounts.map((a) => a.id))).slice(0, 2);
  return { ...emptySelection, eventId, amountId: amount?.id ?? null, compare };
}

/** Reads the state from a query string; anything unknown or malformed falls back to its default. */
export function decodeUrlState(search: string, dataset: LeanDataset): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  let from = dateBound(params.get('from'), 'start');
  let to = dateBound(params.get('to'), 'end');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const filters: Filters = {
    actors: list(params.get('actors'), new Set(dataset.actors.map((a) => a.id))),
    actorMatch: oneOf(params.get('match'), ['any', 'all'], emptyFilters.actorMatch),
    kinds: list(params.get('kinds'), new Set<EventKind>(EVENT_KINDS)),
    stages: list(params.get('stages'), new Set<AmountStage>(AMOUNT_STAGES)),
    from,
    to,
    text: cleanSearchText(params.get('q') ?? ''),
    // In a dataset without drafts the choice would be invisible (the filter is not shown): drop it.
    drafts: datasetHasDrafts(dataset)
      ? oneOf(params.get('drafts'), DRAFT_CHOICES, emptyFilters.drafts)
      : 'all',
  };
  const view: ViewOptions = {
    window: windowOf(params.get('window'), from, to, dataset),
    lanes: oneOf(params.get('lanes'), ['none', 'actor', 'kind'], defaultView.lanes),
    timelineMode: oneOf(params.get('timeline'), ['auto', 'chart', 'list', 'table'], defaultView.timelineMode),
    figuresMode: oneOf(params.get('figures'), ['chart', 'table'], defaultView.figuresMode),
    figuresView: oneOf(params.get('figview'), ['bars', 'time'], defaultView.figuresView),
    scale: oneOf(params.get('scale'), ['linear', 'log'], defaultView.scale),
    sort: oneOf(params.get('sort'), ['value', 'date', 'donor'], defaultView.sort),
    group: oneOf(params.get('group'), ['all', 'donor', 'kind', 'stage'], defaultView.group),
  };
  return { filters, view, selection: decodeSelection(params, dataset) };
}

/**
 * A new search string (with `?`, or empty) from the current one: parameters we do not own (such as
 * `dataset=`) keep their place and spelling, ours are replaced by `encoded`.
 */
export function mergeSearch(currentSearch: string, encoded: string): string {
  const foreign = currentSearch
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => {
      if (pair === '') return false;
      const rawKey = pair.split('=', 1)[0] ?? '';
      let key = rawKey;
      try {
        key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      } catch {
        // A malformed escape is not one of our keys; keep it as it was.
      }
      return !OWN_KEYS.has(key);
    });
  const all = encoded === '' ? foreign : [...foreign, encoded];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}
