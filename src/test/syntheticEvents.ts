import type { Actor, AidEvent, DatePrecision } from '../data/schema';
import { EVENT_KINDS } from '../data/vocabulary';
import { DAY_MS, INVASION_DATE_MS, msToIso } from '../model/dates';
import { mulberry32 } from './random';

/** One schema-valid event, with defaults for what a test does not care about. */
export function makeEvent(partial: Partial<AidEvent> & { id: string; date: string }): AidEvent {
  return {
    datePrecision: 'day',
    dateBasis: 'stated',
    title: `Event ${partial.id}`,
    summary: '',
    kind: 'statement',
    actors: [],
    location: null,
    citations: [{ source: 'src', quote: 'quote', start: 0, end: 5 }],
    ...partial,
  };
}

export function makeActors(count: number): Actor[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    type: 'person',
    aliases: [],
  }));
}

/**
 * Events spread over about three years with bursts on busy days, one to three actors each drawn with a
 * skew (a few actors have most events), a mix of kinds and some imprecise dates.
 */
export function syntheticEvents(count: number, actorCount: number, seed = 1): AidEvent[] {
  const random = mulberry32(seed);
  const start = INVASION_DATE_MS;
  const days = 1000;
  const busyDays = Array.from({ length: 25 }, () => Math.floor(random() * days));
  const events: AidEvent[] = [];
  for (let i = 0; i < count; i++) {
    const day =
      random() < 0.3 ? (busyDays[Math.floor(random() * busyDays.length)] ?? 0) : Math.floor(random() * days);
    const roll = random();
    const precision: DatePrecision =
      roll < 0.9 ? 'day' : roll < 0.96 ? 'week' : roll < 0.99 ? 'month' : 'year';
    const ms = start + day * DAY_MS;
    const date =
      precision === 'month'
        ? msToIso(ms).slice(0, 7)
        : precision === 'year'
          ? msToIso(ms).slice(0, 4)
          : msToIso(ms);
    const actorIds = new Set<string>();
    const n = 1 + Math.floor(random() * 3);
    for (let a = 0; a < n; a++) actorIds.add(`actor-${Math.floor(actorCount * random() ** 2)}`);
    events.push(
      makeEvent({
        id: `e-${i}`,
        date,
        datePrecision: precision,
        dateBasis: random() < 0.2 ? 'inferred' : 'stated',
        kind: EVENT_KINDS[Math.floor(random() * EVENT_KINDS.length)] ?? 'statement',
        actors: [...actorIds],
        title: `Synthetic event number ${i} with a title of some length`,
      }),
    );
  }
  return events;
}
