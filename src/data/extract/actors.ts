/**
 * Mentions of known actors, with offsets. Everything the recognizer knows comes from the actor
 * records: names and aliases, demonyms ("Ukrainian forces" -> Ukraine), metonyms ("the Kremlin",
 * "the Pentagon", "Moscow") and titles held over a period ("the NATO chief" -> the person who was
 * NATO Secretary General on the article's date).
 */
import { findDatelineHeader } from './dateline';
import { findExplicitDates } from './explicitDates';
import { isAttributive, isPartOfOtherName } from './otherNames';
import type { ActorMention, ActorTitle, KnownActor } from './types';

interface Term {
  actorId: string;
  term: string;
  via: ActorMention['via'];
  kind: 'word' | 'place' | 'demonym' | 'title';
  title?: ActorTitle;
  /** A person's one-word name or alias ("Austin"), or a one-word place ("Paris"): it may name someone or something else. */
  lone: boolean;
}

interface Hit {
  actorId: string;
  start: number;
  end: number;
  via: ActorMention['via'];
  kind: Term['kind'];
  note?: string;
  lone?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Both apostrophes match each other, and any run of spaces matches one. */
const pattern = (term: string) => escape(term).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
const keyOf = (s: string) => s.replace(/’/g, "'").replace(/\s+/g, ' ');

function termsOf(actors: readonly KnownActor[]): Term[] {
  const terms: Term[] = [];
  const oneWord = (term: string) => !/\s/.test(term.trim());
  for (const a of actors) {
    const person = a.type === 'person';
    const word = (term: string, via: Term['via']): Term => ({
      actorId: a.id,
      term,
      via,
      kind: 'word',
      lone: person && oneWord(term),
    });
    terms.push(word(a.name, 'name'));
    for (const alias of a.aliases) terms.push(word(alias, 'alias'));
    for (const m of a.metonyms ?? [])
      terms.push({ actorId: a.id, term: m, via: 'metonym', kind: 'place', lone: oneWord(m) });
    for (const d of a.demonyms ?? [])
      terms.push({ actorId: a.id, term: d, via: 'demonym', kind: 'demonym', lone: false });
    for (const t of a.titles ?? []) {
      const title = typeof t === 'string' ? { title: t } : t;
      terms.push({ actorId: a.id, term: title.title, via: 'metonym', kind: 'title', title, lone: false });
    }
  }
  return terms.filter((t) => t.term.trim() !== '');
}

// What a country's adjective must stand before to name the country itself: its forces, its
// government, its strikes. "Ukrainian President" names a person, "Russian territory" a place.
const HEADS =
  'forces|troops|army|armies|military|soldiers|servicemen|fighters|units|brigades|government|authorities|officials|leadership|side|navy|air\\s+force|defences|defenses|defence\\s+lines|defense\\s+lines|lines|positions|strikes|attacks|shelling|drones|missiles|aggression|invasion|offensive|counteroffensive|counter-offensive|occupation|operation|people|delegation|diplomats|regime|state\\s+media';
const MODIFIERS =
  'armed|occupation|occupying|special|operations|military|air|security|naval|border|ground|regular|state|government';

/** One regular expression for a group of terms, and the terms behind each matched text. */
interface TermGroup {
  regex: RegExp;
  terms: Map<string, Term[]>;
  anyCase: boolean;
}

function group(
  terms: readonly Term[],
  anyCase: boolean,
  wrap: (alternatives: string) => string,
): TermGroup | null {
  if (terms.length === 0) return null;
  const byKey = new Map<string, Term[]>();
  for (const term of terms) {
    const key = anyCase ? keyOf(term.term).toLowerCase() : keyOf(term.term);
    byKey.set(key, [...(byKey.get(key) ?? []), term]);
  }
  const alternatives = [...new Set(terms.map((t) => pattern(t.term)))]
    .sort((a, b) => b.length - a.length)
    .join('|');
  return { regex: new RegExp(wrap(alternatives), anyCase ? 'giu' : 'gu'), terms: byKey, anyCase };
}

interface Matcher {
  groups: { group: TermGroup; demonym: boolean }[];
}

const matchers = new WeakMap<readonly KnownActor[], Matcher>();

function matcherFor(actors: readonly KnownActor[]): Matcher {
  const cached = matchers.get(actors);
  if (cached) return cached;
  const terms = termsOf(actors);
  const words = terms.filter((t) => t.kind !== 'demonym');
  // Titles and names of several words are matched in any case ("Ukraine defence contact group"),
  // but a name keeps the case of its first letter ("the country's defense department" is not the
  // US Department of Defense); a single word keeps its case ("US", not "us").
  const anyCase = (t: Term) => t.kind === 'title' || /\s/.test(t.term.trim());
  const plain = (alternatives: string) => `(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`;
  const demonym = (alternatives: string) =>
    `(?<![\\p{L}\\p{N}])(${alternatives})(?:s(?![\\p{L}\\p{N}])|\\s+(?:(?:${MODIFIERS})\\s+){0,2}(?:${HEADS})(?![\\p{L}\\p{N}]))`;
  const groups = [
    {
      group: group(
        words.filter((t) => !anyCase(t)),
        false,
        plain,
      ),
      demonym: false,
    },
    { group: group(words.filter(anyCase), true, plain), demonym: false },
    {
      group: group(
        terms.filter((t) => t.kind === 'demonym'),
        true,
        demonym,
      ),
      demonym: true,
    },
  ].filter((g): g is { group: TermGroup; demonym: boolean } => g.group !== null);
  const matcher = { groups };
  matchers.set(actors, matcher);
  return matcher;
}

// "in Kyiv", "to the Kremlin": the place, not the actor. "according to the Pentagon" is the actor.
const LOCATIVE =
  /(?<!according\s)\b(?:in|into|at|near|outside|around|across|to|toward|towards|through|inside|within|of)\s+(?:the\s+|an?\s+)?$/i;

/** The date a title is read at: the dateline, or the nearest date with a year written in the text. */
function titleDates(
  text: string,
  dateline: string | null | undefined,
): (at: number) => { date: string; why: string } | null {
  if (dateline) return () => ({ date: dateline, why: 'the dateline' });
  const written = findExplicitDates(text)
    .filter((d) => d.year !== null)
    .map((d) => ({
      at: d.start,
      text: d.text,
      date: `${String(d.year)}-${String(d.month).padStart(2, '0')}-${String(d.day ?? 15).padStart(2, '0')}`,
    }));
  return (at) => {
    let best: (typeof written)[number] | undefined;
    for (const w of written) if (!best || Math.abs(w.at - at) < Math.abs(best.at - at)) best = w;
    return best ? { date: best.date, why: `'${best.text}', the nearest date in the text` } : null;
  };
}

/** Whether a title is held on `date` (ISO, at any precision: a month or year is taken as a whole). */
function heldOn(title: ActorTitle, date: string): boolean {
  const low = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  const high = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return (title.from === undefined || title.from <= low) && (title.to === undefined || high <= title.to);
}

function resolveTitles(
  text: string,
  titleHits: TitleHit[],
  others: readonly Hit[],
  dateline: string | null | undefined,
): Hit[] {
  const dateAt = titleDates(text, dateline);
  const byPlace = new Map<string, TitleHit[]>();
  for (const hit of titleHits) {
    const place = `${hit.start}:${hit.end}`;
    byPlace.set(place, [...(byPlace.get(place) ?? []), hit]);
  }
  const resolved: Hit[] = [];
  for (const hits of byPlace.values()) {
    const first = hits[0];
    if (!first) continue;
    // "UK Defense Minister Grant Shapps": a title followed by the name of one who held it is theirs.
    const named = others.find(
      (o) => o.kind === 'word' && o.start >= first.end && /^[\s,]*$/.test(text.slice(first.end, o.start)),
    );
    const introduced = named && hits.find((h) => h.actorId === named.actorId);
    if (introduced) {
      resolved.push({ ...introduced, note: `"${text.slice(first.start, first.end)}": followed by the name` });
      continue;
    }
    const inContext = hits.filter(
      (h) =>
        h.title.context === undefined ||
        others.some((o) => o.actorId === h.title.context && o.start < h.start),
    );
    const dated = inContext.some((h) => h.title.from !== undefined || h.title.to !== undefined);
    const when = dated ? dateAt(first.start) : null;
    const holders = when ? inContext.filter((h) => heldOn(h.title, when.date)) : inContext;
    const actorIds = new Set(holders.map((h) => h.actorId));
    const holder = holders[0];
    if (actorIds.size !== 1 || !holder) continue;
    const title = text.slice(holder.start, holder.end);
    const note = when
      ? `"${title}": held on ${when.date} (${when.why})`
      : `"${title}": the only actor with this title`;
    resolved.push({
      actorId: holder.actorId,
      start: holder.start,
      end: holder.end,
      via: 'metonym',
      kind: 'title',
      note,
    });
  }
  return resolved;
}

type TitleHit = Hit & { title: ActorTitle };

const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/** Longest first; a hit that overlaps one already kept is dropped. */
function keepLongest(hits: readonly Hit[]): Hit[] {
  const kept: Hit[] = [];
  const ordered = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const hit of ordered) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

export function findActors(
  text: string,
  actors: readonly KnownActor[],
  dateline?: string | null,
): ActorMention[] {
  const header = findDatelineHeader(text);
  const inHeader = (h: Hit) => header !== null && h.start < header.end && header.start < h.end;
  const found: Hit[] = [];
  const titleHits: TitleHit[] = [];
  for (const { group: g, demonym } of matcherFor(actors).groups) {
    for (const m of text.matchAll(g.regex)) {
      const written = m[1] ?? '';
      const key = g.anyCase ? keyOf(written).toLowerCase() : keyOf(written);
      for (const term of g.terms.get(key) ?? []) {
        // A demonym and a name keep the case of their first letter; a title does not need to.
        if ((demonym || term.kind !== 'title') && !written.startsWith(term.term.charAt(0))) continue;
        const hit: Hit = {
          actorId: term.actorId,
          start: m.index,
          end: m.index + m[0].length,
          via: term.via,
          kind: term.kind,
          lone: term.lone,
        };
        if (inHeader(hit)) continue;
        if (text.charAt(hit.end) === '$') continue; // "US$1.2bn": a currency
        if (
          term.kind === 'place' &&
          !isAttributive(text, hit.end) &&
          LOCATIVE.test(text.slice(Math.max(0, hit.start - 30), hit.start))
        )
          continue;
        if (term.kind === 'title' && term.title) titleHits.push({ ...hit, title: term.title });
        else found.push(hit);
      }
    }
  }
  const isActorAt = (offset: number) => found.some((h) => h.start <= offset && offset < h.end);
  const others = found.filter((h) => !h.lone || !isPartOfOtherName(text, h.start, h.end, isActorAt));
  let kept = keepLongest([...others, ...resolveTitles(text, titleHits, others, dateline)]);

  // "NATO Secretary General Jens Stoltenberg": the title introduces the name, so it is not a second
  // mention of the person; what the title itself names ("NATO") is.
  const introductions = kept.filter((hit, i) => {
    const next = kept[i + 1];
    return (
      hit.kind === 'title' &&
      next?.actorId === hit.actorId &&
      next.kind === 'word' &&
      /^[\s,]*$/.test(text.slice(hit.end, next.start))
    );
  });
  if (introductions.length > 0) {
    const inside = others.filter((o) => introductions.some((t) => t.start <= o.start && o.end <= t.end));
    kept = keepLongest([...kept.filter((k) => !introductions.includes(k)), ...keepLongest(inside)]);
  }
  return kept.map((h) => ({
    actorId: h.actorId,
    text: text.slice(h.start, h.end),
    start: h.start,
    end: h.end,
    via: h.via,
    ...(h.note !== undefined && { note: h.note }),
  }));
}
