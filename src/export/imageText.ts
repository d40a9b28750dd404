import type { Amount, Source } from '../data/schema';
import type { LeanDataset, LeanEvent } from '../data/leanDataset';
import { sectionOf } from '../charts/figures/honest/sections';
import { eventTimeSpan, formatWindow, msToIso } from '../model/dates';
import { datasetLookups } from '../model/lookups';
import { formatOriginal, formatUsd, usdBasisText } from '../model/money';
import { withoutSourceIds } from '../model/provenance';
import { actorShortName, filterChoice, filterPhrases } from '../state/describeFilters';
import type { Filters } from '../state/filtersSlice';
import type { ImageThemeChoice, PublishTarget } from '../state/publishSettings';
import type { FiguresView } from '../state/viewSlice';
import { plural } from '../model/counts';

/** What an image draws: the events and figures it draws (a cluster's events included). */
export interface Drawn {
  events: readonly LeanEvent[];
  amounts: readonly Amount[];
}

/** The dates an image covers: the window the chart shows when it is zoomed, else the span of what it draws. */
export interface Period {
  from: string;
  to: string;
  /** "Apr–Sep 2023", "25 Sep – 1 Oct 2023". */
  words: string;
}

/**
 * Whether everything the target draws is in the timeline's window: the timeline and the figures over
 * time follow it; the figures in sections show every date, and so does a dashboard that draws them.
 */
export function followsWindow(target: PublishTarget, figuresView: FiguresView = 'time'): boolean {
  return target === 'dashboard' ? figuresView === 'time' : target !== 'figures';
}

/** The dates of what is drawn, or of the window when the chart follows one; null when nothing is drawn. */
export function drawnPeriod(drawn: Drawn, window: readonly [number, number] | null): Period | null {
  if (window !== null) {
    const last = Math.max(window[0], window[1] - 1);
    return { from: msToIso(window[0]), to: msToIso(last), words: formatWindow(window[0], window[1]) };
  }
  let min = Infinity;
  let max = -Infinity;
  for (const e of drawn.events) {
    const [s, end] = eventTimeSpan(e.date, e.datePrecision);
    min = Math.min(min, s);
    max = Math.max(max, end - 1);
  }
  for (const a of drawn.amounts) {
    const [s, end] = eventTimeSpan(
      a.date,
      a.date.length === 4 ? 'year' : a.date.length === 7 ? 'month' : 'day',
    );
    min = Math.min(min, s);
    max = Math.max(max, end - 1);
  }
  if (min === Infinity) return null;
  return { from: msToIso(min), to: msToIso(max), words: formatWindow(min, max + 1) };
}

/** The one donor of every drawn figure, by its short name ("US"), or null. */
function soleDonor(dataset: LeanDataset, amounts: readonly Amount[]): string | null {
  const donors = new Set(amounts.map((a) => a.donor));
  if (donors.size !== 1) return null;
  const actor = datasetLookups(dataset).actorsById.get([...donors][0] ?? '');
  return actor === undefined ? null : actorShortName(actor);
}

/**
 * What the drawn figures are, before the word "figures": military aid (by its one donor when there is
 * one), state budgets, or both. A state's budget is never called aid: the chart draws it apart as "not aid".
 */
function figureKinds(dataset: LeanDataset, amounts: readonly Amount[]): string {
  const aid = amounts.filter((a) => sectionOf(a) !== 'budgets');
  if (amounts.length > 0 && aid.length === 0) return 'state budget';
  const donor = soleDonor(dataset, aid);
  const aidWords = donor === null ? 'military aid' : `${donor} military aid`;
  return aid.length < amounts.length ? `${aidWords} and state budget` : aidWords;
}

/**
 * The default headline: a sentence naming what is drawn and when ("US aid figures, Apr–Sep 2023").
 * `eventsWindow` is the timeline's window when a dashboard's figures do not follow it: each part is
 * then dated on its own ("Events, 1–30 Sep 2023, and military aid figures, Apr – Sep 2023").
 */
export function defaultHeadline(
  target: PublishTarget,
  dataset: LeanDataset,
  drawn: Drawn,
  period: Period | null,
  eventsWindow: readonly [number, number] | null = null,
): string {
  const kinds = figureKinds(dataset, drawn.amounts);
  // A donor's name keeps its capital letter mid-sentence ("Events and United States military aid").
  const figures = `${kinds.charAt(0).toUpperCase()}${kinds.slice(1)} figures`;
  const withEvents = kinds.includes(' and ') ? `Events, ${kinds} figures` : `Events and ${kinds} figures`;
  const subject =
    target === 'timeline'
      ? 'Events of the war and the aid behind it'
      : target === 'dashboard'
        ? withEvents
        : target === 'figures-time'
          ? `${figures} over time`
          : figures;
  if (target === 'dashboard' && eventsWindow !== null) {
    const figuresPeriod = drawnPeriod({ events: [], amounts: drawn.amounts }, null);
    const events = `Events, ${formatWindow(eventsWindow[0], eventsWindow[1])}`;
    return figuresPeriod === null
      ? `${events}; no ${kinds} figures`
      : `${events}, and ${kinds} figures, ${figuresPeriod.words}`;
  }
  return period === null ? subject : `${subject}, ${period.words}`;
}

/** The default description: what is drawn, in which dates, under which filters. Every count is of drawn marks. */
export function defaultDescription(
  target: PublishTarget,
  dataset: LeanDataset,
  filters: Filters,
  drawn: Drawn,
  window: readonly [number, number] | null,
  figuresView: FiguresView = 'time',
): string {
  const events = plural(drawn.events.length, 'event');
  const figures = `${plural(drawn.amounts.length, 'figure')} in US dollars`;
  const dates = window === null ? null : formatWindow(window[0], window[1]);
  let sentence: string;
  if (target === 'dashboard' && dates !== null && !followsWindow(target, figuresView)) {
    // The timeline is in the window, the figures are not: say which is which.
    sentence = `${events} dated ${dates}, and ${figures}, of all dates.`;
  } else {
    const what =
      target === 'timeline' ? events : target === 'dashboard' ? `${events} and ${figures}` : figures;
    // "from 25–30 Sep" would say the range twice.
    sentence = `${what}${dates !== null && followsWindow(target, figuresView) ? `, dated ${dates}` : ''}.`;
  }
  const phrases = filterPhrases(filterChoice(filters, datasetLookups(dataset)));
  const capital = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
  return phrases.length === 0 ? capital : `${capital} Filtered to ${phrases.join('; ')}.`;
}

/** The sources cited by what is drawn, in the dataset's order. */
export function drawnSources(dataset: LeanDataset, drawn: Drawn): Source[] {
  const cited = new Set<string>();
  for (const item of [...drawn.events, ...drawn.amounts]) for (const c of item.citations) cited.add(c.source);
  return dataset.sources.filter((s) => cited.has(s.id));
}

/** The outlets of some sources, each once, in order; an article with no outlet counts under none. */
function outlets(sources: readonly Source[]): string[] {
  const names = new Set<string>();
  for (const s of sources) {
    for (const name of (s.outlet ?? '').split(/\s*,\s*|\s+and\s+/))
      if (name.trim() !== '') names.add(name.trim());
  }
  return [...names];
}

/**
 * The source line, which must fit `fits` (two lines in the image): "Sources: DOD News, CNN, AFP,
 * Reuters · 6 articles · Aidline", naming fewer outlets ("and 3 more") until it fits. No ids.
 */
export function sourceLine(sources: readonly Source[], fits: (text: string) => boolean): string {
  if (sources.length === 0) return 'Sources: none drawn · Aidline';
  const names = outlets(sources);
  const articles = plural(sources.length, 'article');
  const line = (shown: number) => {
    const rest = names.length - shown;
    const list = names.slice(0, shown).join(', ') + (rest > 0 ? ` and ${rest} more` : '');
    return `${list === '' ? 'Sources' : `Sources: ${list}`} · ${articles} · Aidline`;
  };
  for (let shown = names.length; shown > 0; shown--) if (fits(line(shown))) return line(shown);
  return line(0);
}

/** Straight double quotes made typographic: "a" becomes “a”. */
function printQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”');
}

/** Text to be set inside double quotes: its own quotes become single ones. */
function insideQuotes(text: string): string {
  return printQuotes(text).replace(/“/g, '‘').replace(/”/g, '’');
}

/** Most entries of each appendix list; the rest is counted ("and 12 more: see the CSV export"). */
export const APPENDIX_LIMIT = 40;

/**
 * The provenance behind a drawn image: each figure's value, currency basis and flags, and each source
 * by title, outlet and date; bounded, with how many more the CSV and JSON exports hold.
 */
export function appendix(dataset: LeanDataset, drawn: Drawn, limit = APPENDIX_LIMIT) {
  const { flagsAbout, sourcesById } = datasetLookups(dataset);
  const parts: { heading: string; lines: string[] }[] = [];
  if (drawn.amounts.length > 0) {
    const largest = [...drawn.amounts].sort((a, b) => b.usd - a.usd || a.id.localeCompare(b.id));
    const lines = largest.slice(0, limit).map((a) => {
      const value = a.currency === 'USD' ? formatUsd(a) : `${formatOriginal(a)} ≈ ${formatUsd(a)}`;
      // Each message is a sentence of its own; the list ends without its stop, before the "; source".
      const flags = (flagsAbout.get(a.id) ?? [])
        .map((f) => withoutSourceIds(f.message, sourcesById))
        .join(' ')
        .replace(/\.$/, '');
      const source = a.citations
        .map((c) => sourcesById.get(c.source))
        .filter((s) => s !== undefined)
        .map((s) => s.outlet ?? s.title);
      return printQuotes(
        [
          `${a.label} (${a.date}, ${a.stage}): ${value}; USD basis: ${usdBasisText(a)}`,
          ...(flags !== '' ? [`flagged: ${flags}`] : []),
          ...(source.length > 0 ? [`source: ${[...new Set(source)].join(', ')}`] : []),
        ].join('; ') + '.',
      );
    });
    if (largest.length > limit)
      lines.push(`…and ${largest.length - limit} more figures: see the CSV export.`);
    parts.push({ heading: 'Figures', lines });
  }
  const sources = drawnSources(dataset, drawn);
  if (sources.length > 0) {
    const lines = sources.slice(0, limit).map((s) => {
      const about = [s.outlet, s.published].filter((x): x is string => x !== null && x !== '');
      const title = `“${insideQuotes(s.title)}”`;
      return about.length > 0 ? `${title} (${about.join(', ')})` : title;
    });
    if (sources.length > limit)
      lines.push(`…and ${sources.length - limit} more articles: see the JSON export.`);
    parts.push({ heading: 'Sources', lines });
  }
  return parts;
}

/** How an image file is drawn: its width in CSS px, its colours, and a PNG's pixels per CSS px. */
export interface ImageLook {
  width: number;
  theme: ImageThemeChoice;
  scale: number;
}

/**
 * The file name: what, when, whether filtered, how much is drawn, and how it looks, so the files one
 * view gives at each width, in each colour scheme and density do not overwrite or pass for each other:
 * `aidline-figures-time-2023-09-25_2023-10-01-3-figures-dark-600px@2x.png`. Never "all": a file says its dates.
 */
export function imageFileName(
  target: PublishTarget,
  period: Period | null,
  filtered: boolean,
  drawn: Drawn,
  format: 'png' | 'svg',
  look: ImageLook,
): string {
  const dates = period === null ? 'empty' : `${period.from}_${period.to}`;
  const counts = [
    target === 'figures' || target === 'figures-time' ? null : `${drawn.events.length}-events`,
    target === 'timeline' ? null : `${drawn.amounts.length}-figures`,
  ].filter((x): x is string => x !== null);
  // A PNG at 2x is twice as many pixels as its layout: say so the usual way ("@2x"); an SVG has no density.
  const density = format === 'png' && look.scale !== 1 ? `@${String(look.scale)}x` : '';
  const size = `${look.theme}-${String(look.width)}px${density}`;
  return `aidline-${target}-${dates}${filtered ? '-filtered' : ''}-${counts.join('-')}-${size}.${format}`;
}
