import type {
  Actor,
  AidEvent,
  Amount,
  Citation,
  Dataset,
  DatePrecision,
  EventKind,
  Flag,
  Source,
} from '../../src/data/schema';
import { generateActors } from './actors';
import { dayWeights } from './busyDays';
import { drawLocalName } from './localNames';
import { AMOUNT_CHANCE, makeCumulative, makeFigure, type FigureRequest, type MoneyContext } from './money';
import { cumulativeWeights, drawIndex, pick, randomInt, type Random, mulberry32 } from './random';
import { FRONT_PLACES, KIND_WEIGHTS, OUTLETS, PLACES, TITLES, TOPICS } from './vocabulary';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2022, 1, 24);
const LAST_DAY = Date.UTC(2024, 10, 30);

export interface GenerateOptions {
  /** Number of events, exactly. */
  events: number;
  /** Same seed, same dataset. */
  seed?: number;
  actors?: number;
}

const KINDS = Object.keys(KIND_WEIGHTS) as EventKind[];
const KIND_DRAW = cumulativeWeights(KINDS.map((k) => KIND_WEIGHTS[k]));

interface Skeleton {
  date: string;
  precision: DatePrecision;
  kind: EventKind;
  actors: Actor[];
  order: number;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The event's date written at its precision: weeks start on a Monday, months and years are truncated. */
function datedAt(random: Random, dayMs: number): [string, DatePrecision] {
  const r = random();
  if (r < 0.85) return [isoDay(dayMs), 'day'];
  if (r < 0.9) {
    const monday = dayMs - ((new Date(dayMs).getUTCDay() + 6) % 7) * DAY_MS;
    return [isoDay(Math.max(FIRST_DAY, monday)), 'week'];
  }
  if (r < 0.97) return [isoDay(dayMs).slice(0, 7), 'month'];
  return [isoDay(dayMs).slice(0, 4), 'year'];
}

function fill(template: string, actors: readonly Actor[], topic: string, place: string): string {
  const a = actors[0]?.name ?? 'Officials';
  const b = actors[1]?.name ?? 'allies';
  return template.replace('{a}', a).replace('{b}', b).replace('{t}', topic).replace('{p}', place);
}

/** Draws the dates, kinds and actors of all events, then sorts them by date. */
function skeletons(random: Random, count: number, actors: Actor[], actorWeights: number[]): Skeleton[] {
  const days = Math.round((LAST_DAY - FIRST_DAY) / DAY_MS) + 1;
  const dayDraw = cumulativeWeights(Array.from(dayWeights(random, FIRST_DAY, days)));
  const actorDraw = cumulativeWeights(actorWeights);
  const list: Skeleton[] = [];
  for (let i = 0; i < count; i++) {
    const [date, precision] = datedAt(random, FIRST_DAY + drawIndex(random, dayDraw) * DAY_MS);
    const wanted = randomInt(random, 1, 3);
    const chosen = new Set<Actor>();
    for (let tries = 0; chosen.size < wanted && tries < 10; tries++) {
      const actor = actors[drawIndex(random, actorDraw)];
      if (actor) chosen.add(actor);
    }
    const kind = KINDS[drawIndex(random, KIND_DRAW)] ?? 'statement';
    list.push({ date, precision, kind, actors: [...chosen], order: i });
  }
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.order - y.order));
}

/** Sources are opened as the news goes on; each citation takes the next stretch of its source's text. */
class SourceBook {
  readonly sources: Source[] = [];
  private readonly cursors = new Map<string, number>();

  constructor(private readonly random: Random) {}

  current(date: string): Source {
    const last = this.sources[this.sources.length - 1];
    if (last !== undefined && this.random() > 1 / 6) return last;
    const n = this.sources.length + 1;
    const outlet = pick(this.random, OUTLETS);
    const id = `source-${String(n).padStart(6, '0')}`;
    const source: Source = {
      id,
      file: `data/sources/bench/${id}.txt`,
      title: `${outlet ?? 'Wire'} dispatch ${n}`,
      published: date,
      outlet,
    };
    this.sources.push(source);
    return source;
  }

  cite(source: Source, quote: string): Citation {
    const start = (this.cursors.get(source.id) ?? 0) + randomInt(this.random, 1, 400);
    const end = start + quote.length;
    this.cursors.set(source.id, end);
    return { source: source.id, quote, start, end };
  }
}

/**
 * A synthetic dataset of `events` events that passes `validateDataset`: bursts on busy days and quiet
 * stretches from February 2022 to November 2024, actors active along a power law, every kind of event,
 * figures from ten thousand to ten billion USD in a dozen currencies (some cumulative totals, some part
 * of another figure), sources cited at increasing offsets, and dates at day, week, month and year
 * precision. The same seed always gives the same dataset.
 */
export function generateDataset(options: GenerateOptions): Dataset {
  const random = mulberry32(options.seed ?? 1);
  const { actors, weights } = generateActors(random, options.actors ?? 150);
  const ukraine = actors.find((a) => a.id === 'ukraine') ?? actors[0];
  if (ukraine === undefined) throw new Error('generateDataset needs at least one actor.');
  const donorPool = actors.filter((a) => a.type !== 'person' && a.id !== ukraine.id);
  const book = new SourceBook(random);
  const events: AidEvent[] = [];
  const amounts: Amount[] = [];
  const flags: Flag[] = [];
  const totals = new Map<string, number>();
  const digits = String(options.events).length;
  let amountCount = 0;

  skeletons(random, options.events, actors, weights).forEach((s, i) => {
    const id = `ev-${String(i + 1).padStart(digits, '0')}-${s.kind}`;
    const topic = pick(random, TOPICS);
    const place = pick(random, s.kind === 'attack' || s.kind === 'military' ? FRONT_PLACES : PLACES);
    const title = fill(pick(random, TITLES[s.kind]), s.actors, topic, place);
    const source = book.current(s.date.length === 10 ? s.date : isoDay(Date.parse(s.date)));
    const local = drawLocalName(random);
    const when = s.precision === 'day' ? s.date : 'an unstated day';
    const quote = `${title}, officials in ${local} said on ${when}.`;
    const citations = [book.cite(source, quote)];
    const previous = book.sources[book.sources.length - 2];
    if (previous !== undefined && random() < 0.15) citations.push(book.cite(previous, `${title}.`));
    const inferred = random() < 0.2;
    const event: AidEvent = {
      id,
      date: s.date,
      datePrecision: s.precision,
      dateBasis: inferred ? 'inferred' : 'stated',
      title,
      summary: `${title}. Reports from ${drawLocalName(random)} and ${drawLocalName(random)} mention ${topic} and ${pick(random, TOPICS)}.`,
      kind: s.kind,
      actors: s.actors.map((a) => a.id),
      location: random() < 0.8 ? place : null,
      citations,
    };
    if (inferred) event.dateNote = 'inferred from the publication date';
    events.push(event);

    if (random() >= AMOUNT_CHANCE[s.kind]) return;
    const donor = s.actors.find((a) => a.type !== 'person' && a.id !== ukraine.id) ?? pick(random, donorPool);
    const ctx: MoneyContext = {
      random,
      cite: (text) => book.cite(source, text),
      nextId: () => `am-${String(++amountCount).padStart(digits, '0')}`,
    };
    const request: FigureRequest = {
      eventId: id,
      eventKind: s.kind,
      date: s.date,
      donor: donor.id,
      donorName: donor.name,
      recipient: ukraine.id,
    };
    const figure = makeFigure(ctx, request);
    amounts.push(figure);
    if (figure.kind === 'package') totals.set(donor.id, (totals.get(donor.id) ?? 0) + figure.usd);
    if (figure.kind === 'contract' && random() < 0.2) amounts.push(makeFigure(ctx, request, figure));
    const total = totals.get(donor.id) ?? 0;
    if (total > 0 && random() < 0.1) amounts.push(makeCumulative(ctx, request, total));
    if (figure.usdBasis === 'in-text' && figure.currency !== 'USD' && random() < 0.1) {
      flags.push({
        id: `flag-${String(flags.length + 1).padStart(digits, '0')}`,
        severity: 'warning',
        message: 'The USD value written in the text differs from the conversion at the published rate.',
        refs: [figure.id],
      });
    }
  });

  return {
    schemaVersion: 1,
    title: `Synthetic benchmark dataset (${options.events} events, seed ${options.seed ?? 1})`,
    sources: book.sources,
    actors,
    events,
    amounts,
    flags,
  };
}
