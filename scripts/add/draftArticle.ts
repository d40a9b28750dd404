/**
 * Drafts the annotations of one article: an event for every dated action or statement, a figure for
 * every money mention, and an ignore entry for what is neither. Every drafted word comes from the
 * article; dates not written in a sentence are inferred from the story and say how.
 */
import {
  findDateline,
  type ActorMention,
  type DateMention,
  type MoneyMention,
} from '../../src/data/extract/index';
import type { EventKind } from '../../src/data/schema';
import type { AmountAnnotation, EventAnnotation, IgnoredMention, When } from '../compile/annotationSchema';
import { figureMentions } from '../compile/figures';
import type { ResolvedSource } from '../compile/resolveSources';
import type { SourceExtraction } from '../compile/sourceExtraction';
import type { Range } from '../compile/textSearch';
import { dateAtDistance, distanceDates } from './distanceDates';
import { isHeadlineLike, linesOf } from './layout';
import { storyDay, undatedWhen, type StoryDay } from './storyDay';
import { flat, sentencesOf, slugify, withoutDate, type Sentence } from './text';
import {
  draftTitle,
  eventKind,
  figureWording,
  introducesPart,
  introducesTotal,
  isFuture,
  isPerfect,
  withoutQuotes,
} from './wording';

export interface ArticleInput {
  source: ResolvedSource;
  extraction: SourceExtraction;
  /** Actor mentions of the article, with dataset ids and offsets into the file. */
  actors: readonly ActorMention[];
  /** Types of the actors, by dataset id. */
  actorTypes: ReadonlyMap<string, 'person' | 'organization' | 'country'>;
  /** Names of the actors, by dataset id (a speaker in a title is named by surname). */
  actorNames: ReadonlyMap<string, string>;
  /** Place names: countries and the cities that stand for them ("Kyiv"), for an event's location. */
  places: ReadonlySet<string>;
  /** Money and date mentions the annotations already cover or ignore. */
  handled: readonly Range[];
  /** Passages already cited, with the event citing them (null when only a figure does). */
  cited: readonly (Range & { event: string | null })[];
}

/** An event already in the dataset (or drafted earlier in this run), for merge suggestions. */
export interface KnownEvent {
  id: string;
  date: string;
  kind: EventKind;
  actors: readonly string[];
}

export interface Drafts {
  events: EventAnnotation[];
  amounts: AmountAnnotation[];
  ignore: IgnoredMention[];
}

interface EventDraft {
  annotation: EventAnnotation;
  /** The date the event will compile to, for merge suggestions. */
  date: string;
  paragraph: number;
  sentence: number;
  /** Set for events drafted in this run; existing events only receive figures. */
  isNew: boolean;
  /** An event told in passing ("the day before meeting ..."): the next sentence does not go on with it. */
  inPassing?: true;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const inside = (a: Range, b: Range) => a.start >= b.start && a.end <= b.end;

/** A period (since / until ... ) or an anchor of a span, not the date of what the sentence reports. */
const PERIOD =
  /\b(?:since|until|till|through|throughout|from|by|for|before|after|between)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|first|last) of\s+)?$/i;
const RELATIVE = /\b(?:which|that|who|whose|where)\b/i;
const CONTINUES =
  /^(?:He|She|They|It|This|These|The (?:minister|senator|president|spokes\w+|chief|official|document|report|ministry|two|leaders?))\b/;
/** A quotation that opens a sentence: `"Every radar counts," she said` is said by "she". */
const OPENING_QUOTE = /^[“"«][^”"»]*[”"»],?\s+/;

/** Whether the sentence's subject is a pronoun or a word for someone named before: it goes on with the previous event. */
function continuesPrevious(sentence: string): boolean {
  const subject = sentence.replace(OPENING_QUOTE, '');
  return CONTINUES.test(subject.charAt(0).toUpperCase() + subject.slice(1));
}

type DateRole = 'main' | 'sub' | 'period' | 'ahead';

/** The text without the mention that dates its event: a title or label is drawn at that date. */
function datedBy(when: When, text: string): string {
  return when.mention === undefined ? text : withoutDate(text, when.mention);
}

function startOfPeriod(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function roleOf(text: string, sentence: Sentence, mention: DateMention, dateline: string | null): DateRole {
  const before = text.slice(sentence.start, mention.start);
  if (PERIOD.test(before) || PERIOD.test(`${mention.text.split(/\s+/)[0] ?? ''} `)) return 'period';
  if (dateline !== null && startOfPeriod(mention.date) > startOfPeriod(dateline)) return 'ahead';
  const clauseStart = Math.max(...[',', ';', '(', '—', '–'].map((c) => before.lastIndexOf(c)));
  return RELATIVE.test(before.slice(clauseStart + 1)) ? 'sub' : 'main';
}

function uniqueId(base: string, taken: Set<string>): string {
  const stem = base.replace(/-+$/, '').slice(0, 80).replace(/-+$/, '');
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

/** `325m`, `2-4b`, `10-8t` for an amount in an id. */
function valueSlug(value: number): string {
  const scales: [number, string][] = [
    [1e12, 't'],
    [1e9, 'b'],
    [1e6, 'm'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of scales)
    if (value >= size) return `${String(Number((value / size).toPrecision(4))).replace('.', '-')}${suffix}`;
  return String(value).replace('.', '-');
}

export class ArticleDrafter {
  private readonly text: string;
  private readonly sentences: Sentence[];
  private readonly events: EventDraft[] = [];
  private readonly story: StoryDay | null;
  readonly drafts: Drafts = { events: [], amounts: [], ignore: [] };

  constructor(
    private readonly input: ArticleInput,
    private readonly known: KnownEvent[],
    private readonly taken: Set<string>,
  ) {
    const { source, extraction } = input;
    this.text = source.text;
    // The dateline header ("KYIV, Sept 29 (Reuters) -") is not part of the first sentence, even when
    // the article's date came from its metadata.
    // The year from the metadata lets a yearless header ("OSLO, March 12 -") be read as one.
    const year = source.spec.published?.slice(0, 4) ?? null;
    const written = findDateline(this.text.slice(source.span.start, source.span.end), year);
    const header =
      written?.start != null && written.end != null
        ? [{ start: source.span.start + written.start, end: source.span.start + written.end }]
        : [];
    // A headline is the article's title, not a sentence of news.
    const first = linesOf(this.text, source.span)[0];
    const headline = first && isHeadlineLike(first.text) ? [first] : [];
    this.sentences = sentencesOf(this.text, source.span, [...source.excluded, ...header, ...headline]);
    this.story = storyDay(extraction, this.sentences);
  }

  private get sourceId(): string {
    return this.input.source.spec.id;
  }

  private actorsIn(range: Range): string[] {
    return [...new Set(this.input.actors.filter((m) => inside(m, range)).map((m) => m.actorId))];
  }

  private datesIn(range: Range): DateMention[] {
    return this.input.extraction.dates.filter((d) => inside(d, range) && !this.isHandled(d));
  }

  private isHandled(range: Range): boolean {
    return this.input.handled.some((h) => overlaps(h, range));
  }

  private citedEvent(sentence: Sentence): string | null | undefined {
    const found = this.input.cited.filter((c) => overlaps(c, sentence));
    if (found.length === 0) return undefined;
    return found.find((c) => c.event !== null)?.event ?? null;
  }

  /** The person (or else the first actor) named right before a verb of saying, for `Speaker: “...”` titles. */
  private speaker(sentence: Sentence): string | null {
    const plain = withoutQuotes(sentence.text);
    const said = /\b(?:said|says|told|added|wrote|declared|stated)\b/.exec(plain);
    if (!said) return null;
    const person = this.input.actors
      .filter((m) => m.start >= sentence.start && m.end <= sentence.start + said.index)
      .filter(
        (m) =>
          plain.charAt(m.start - sentence.start) !== ' ' && this.input.actorTypes.get(m.actorId) === 'person',
      )
      .pop();
    const name = person ? this.input.actorNames.get(person.actorId) : undefined;
    return name === undefined ? null : (name.split(' ').pop() ?? name);
  }

  /** The first place the sentence says something happened in or at ("in Kyiv"). */
  private location(range: Range): string | null {
    const phrase = /\b(?:in|at)\s+(\p{Lu}[\p{L}-]+)/gu;
    for (const m of withoutQuotes(this.text.slice(range.start, range.end)).matchAll(phrase)) {
      const place = m[1] ?? '';
      if (this.input.places.has(place)) return place;
    }
    return null;
  }

  private addEvent(
    sentence: Sentence,
    when: When,
    date: string,
    kind: EventKind,
    actors: string[],
    titleFrom: string,
    where: Range = sentence,
  ): EventDraft {
    const title = draftTitle(datedBy(when, titleFrom), this.speaker(sentence));
    const id = uniqueId(`${date}-${slugify(title.replace(/^[^:]*:\s*/, ''), 6) || 'event'}`, this.taken);
    const annotation: EventAnnotation = {
      id,
      draft: true,
      title,
      summary: flat(sentence.text),
      kind,
      actors,
      location: this.location(where),
      when,
      quotes: [{ source: this.sourceId, quote: sentence.text }],
    };
    const draft: EventDraft = {
      annotation,
      date,
      paragraph: sentence.paragraph,
      sentence: sentence.start,
      isNew: true,
    };
    this.events.push(draft);
    this.drafts.events.push(annotation);
    return draft;
  }

  private addQuote(event: EventDraft, sentence: Sentence): void {
    if (!event.annotation.quotes.some((q) => q.quote === sentence.text))
      event.annotation.quotes.push({ source: this.sourceId, quote: sentence.text });
  }

  private lastEvent(within?: (e: EventDraft) => boolean): EventDraft | undefined {
    return [...this.events]
      .reverse()
      .find((e) => e.isNew && e.inPassing === undefined && (within ? within(e) : true));
  }

  /** The event a sentence without a date of its own reports, dated from its paragraph or the story. */
  private undatedEvent(sentence: Sentence, kind: EventKind, actors: string[]): EventDraft | null {
    if (!this.story) return null;
    const previous = this.lastEvent((e) => e.paragraph === sentence.paragraph);
    const dated = undatedWhen(this.story, previous?.date ?? null, {
      perfect: isPerfect(sentence.text),
      future: isFuture(sentence.text),
    });
    return this.addEvent(sentence, dated.when, dated.date, kind, actors, sentence.text);
  }

  private fallbackActors(): string[] {
    const previous = this.lastEvent();
    if (previous) return previous.annotation.actors;
    const first = this.input.actors.find((m) => m.start >= this.input.source.span.start);
    return first ? [first.actorId] : [];
  }

  run(): Drafts {
    const dateline = this.input.extraction.dateline?.date ?? null;
    this.sentences.forEach((sentence) => {
      const existing = this.citedEvent(sentence);
      const money = this.input.extraction.money.filter(
        (m) => inside(m, sentence) && !this.isHandled(m) && !this.isConversion(m),
      );
      if (existing !== undefined) {
        if (money.length > 0)
          this.draftFigures(sentence, money, existing === null ? null : this.existingEvent(existing));
        return;
      }
      const dates = this.datesIn(sentence).map((d) => ({
        mention: d,
        role: roleOf(this.text, sentence, d, dateline),
      }));
      const actors = this.actorsIn(sentence);
      const kind = eventKind(sentence.text);
      const main = dates.find((d) => d.role === 'main');
      const previous = this.lastEvent();
      let event: EventDraft | null = null;

      if (main) {
        event = this.addEvent(
          sentence,
          { mention: flat(main.mention.text) },
          main.mention.date,
          (money.length > 0 ? this.figureEventKind(sentence, money) : null) ??
            kind ??
            (money.length > 0 ? 'announcement' : 'statement'),
          actors.length > 0 ? actors : this.fallbackActors(),
          sentence.text,
        );
      } else if (
        previous &&
        (continuesPrevious(sentence.text) || actors.length === 0) &&
        (kind !== null || money.length > 0) &&
        sentence.paragraph - previous.paragraph <= 2
      ) {
        this.addQuote(previous, sentence);
        event = previous;
      } else if (kind !== null || money.length > 0) {
        const figureKind = money.length > 0 ? this.figureEventKind(sentence, money) : null;
        event = this.undatedEvent(
          sentence,
          figureKind ?? kind ?? 'announcement',
          actors.length > 0 ? actors : this.fallbackActors(),
        );
      } else if (
        previous?.paragraph === sentence.paragraph &&
        actors.some((a) => previous.annotation.actors.includes(a))
      ) {
        this.addQuote(previous, sentence);
      }

      if (event) this.draftEventsAtDistance(sentence, event);
      for (const sub of dates.filter((d) => d.role === 'sub'))
        this.draftSubEvent(sentence, sub.mention, actors);
      if (money.length > 0) this.draftFigures(sentence, money, event);
    });
    this.suggestMerges();
    this.draftIgnores();
    return this.drafts;
  }

  private existingEvent(id: string): EventDraft | null {
    const known = this.known.find((e) => e.id === id);
    if (!known) return null;
    const annotation: EventAnnotation = {
      id,
      title: id,
      summary: id,
      kind: known.kind,
      actors: [...known.actors],
      location: null,
      when: { date: known.date, precision: 'day', note: 'existing' },
      quotes: [],
    };
    return { annotation, date: known.date, paragraph: -1, sentence: -1, isNew: false };
  }

  /** Events the sentence dates by their distance from its own ("the day before meeting with ..."). */
  private draftEventsAtDistance(sentence: Sentence, from: EventDraft): void {
    if (from.date.length !== 10) return;
    for (const distance of distanceDates(sentence.text)) {
      const clause = {
        start: sentence.start + distance.clause.start,
        end: sentence.start + distance.clause.end,
      };
      // A clause with a date of its own is dated by it.
      if (this.input.extraction.dates.some((d) => overlaps(d, clause))) continue;
      const date = dateAtDistance(from.date, distance);
      if (date === null) continue;
      // Who does it: the person the sentence is about ("Stoltenberg ... the day before meeting ...").
      const before = this.input.actors.filter((m) => m.start >= sentence.start && m.end <= clause.start);
      const subject =
        before.find((m) => this.input.actorTypes.get(m.actorId) === 'person') ?? before[0] ?? null;
      const actors = [...new Set([...(subject ? [subject.actorId] : []), ...this.actorsIn(clause)])];
      const words = flat(this.text.slice(clause.start, clause.end));
      const name = subject ? this.input.actorNames.get(subject.actorId)?.split(' ').pop() : undefined;
      const n = Math.abs(distance.days) / (distance.unit === 'week' ? 7 : 1);
      const told = this.addEvent(
        sentence,
        {
          date,
          precision: distance.unit,
          basis: 'inferred',
          note: `Drafted: "${distance.phrase} ${words}": ${n} ${distance.unit}${n === 1 ? '' : 's'} ${distance.days > 0 ? 'after' : 'before'} ${from.date}, the date of the sentence.`,
        },
        date,
        eventKind(words) ?? 'statement',
        actors.length > 0 ? actors : from.annotation.actors,
        name === undefined ? words : `${name} ${words.replace(/^(?:he|she|they|it)\s+/i, '')}`,
        clause,
      );
      told.inPassing = true;
    }
  }

  /** An event dated in a relative clause ("the invasion, which began on Feb. 24, 2022"). */
  private draftSubEvent(sentence: Sentence, mention: DateMention, sentenceActors: string[]): void {
    const before = this.text.slice(sentence.start, mention.start);
    const pronoun = [...before.matchAll(new RegExp(RELATIVE.source, 'gi'))].pop()?.index ?? 0;
    // What the clause is about: the few words before its pronoun ("Moscow's full-scale invasion of Ukraine").
    const words = before
      .slice(0, pronoun)
      .replace(/[\s,]+$/, '')
      .split(/\s+/)
      .slice(-5);
    // "fighting in Ukraine against Russian forces that ...": the phrase after the last preposition, when
    // it is more than a word; "invasion of Ukraine which ..." keeps its head noun.
    const lastPreposition = words.findLastIndex((w) =>
      /^(?:against|to|of|for|in|on|by|with|from|at)$/i.test(w),
    );
    const antecedent = (
      lastPreposition >= 0 && words.length - lastPreposition - 1 >= 2
        ? words.slice(lastPreposition + 1)
        : words
    )
      .join(' ')
      .replace(/^(?:(?:against|to|of|for|in|on|by|with|referring|the|a|an)\s+)+/i, '');
    const after = this.text.slice(mention.end, sentence.end);
    const stop = after.search(/[,;)—–]|\s(?:after|before|while|because)\s/);
    const clause = { start: sentence.start + pronoun, end: stop < 0 ? sentence.end : mention.end + stop };
    const clauseText = `${antecedent}${antecedent === '' ? '' : ' '}${this.text.slice(clause.start, clause.end)}`;
    const actors = this.actorsIn({ start: sentence.start + Math.max(0, pronoun - 60), end: clause.end });
    this.addEvent(
      sentence,
      { mention: flat(mention.text) },
      mention.date,
      eventKind(clauseText) ?? eventKind(sentence.text) ?? 'statement',
      actors.length > 0 ? actors : sentenceActors.length > 0 ? sentenceActors : this.fallbackActors(),
      clauseText,
    );
  }

  private isConversion(mention: MoneyMention): boolean {
    return this.input.extraction.money.some(
      (m) =>
        m !== mention &&
        m.converted !== null &&
        mention.start >= m.converted.start &&
        mention.end <= m.converted.end,
    );
  }

  private figureEventKind(sentence: Sentence, money: readonly MoneyMention[]): EventKind | null {
    const first = money[0];
    if (!first) return null;
    const wording = figureWording(
      this.text.slice(sentence.start, first.start),
      this.text.slice(first.end, sentence.end),
    );
    if (wording?.kind === 'contract') return 'contract';
    if (wording?.kind === 'budget') return 'budget';
    if (wording?.kind === 'total') return 'report';
    return null;
  }

  private ignore(kind: 'money' | 'date', mention: string, reason: string): void {
    const entry: IgnoredMention = {
      source: this.sourceId,
      kind,
      mention: flat(mention),
      reason,
      draft: true,
    };
    if (
      !this.drafts.ignore.some(
        (e) =>
          e.source === entry.source &&
          e.kind === entry.kind &&
          e.mention.toLowerCase() === entry.mention.toLowerCase(),
      )
    )
      this.drafts.ignore.push(entry);
  }

  /** Donor and recipient from the sentence's actors: who gives, and who is named after "to" or "for". */
  private parties(
    sentence: Sentence,
    mention: Range,
    budget: boolean,
  ): { donor: string | null; recipient: string | null } {
    const named = this.input.actors.filter((m) => inside(m, sentence));
    const institutional = named.filter((m) => this.input.actorTypes.get(m.actorId) !== 'person');
    const pool = institutional.length > 0 ? institutional : named;
    // "aid to Ukraine", "for Ukraine", "training for thousands of Ukrainian troops".
    const isTarget = (m: ActorMention) =>
      /\b(?:to|for|into|toward|towards)\b[^,.;:]{0,30}$/i.test(
        this.text.slice(Math.max(0, m.start - 40), m.start),
      );
    let recipient = budget ? null : (pool.find(isTarget)?.actorId ?? null);
    const donor = pool.find((m) => !isTarget(m) && m.actorId !== recipient)?.actorId ?? null;
    if (!budget && recipient === null) {
      // "a demining fund in Ukraine": a country named with "in" after the figure.
      recipient =
        pool.find(
          (m) =>
            m.start > mention.start &&
            m.actorId !== donor &&
            this.input.actorTypes.get(m.actorId) === 'country' &&
            /\bin\s+(?:the\s+)?$/i.test(this.text.slice(Math.max(0, m.start - 8), m.start)),
        )?.actorId ?? null;
      if (recipient === null) {
        const previous = this.sentences
          .filter((s) => s.paragraph === sentence.paragraph && s.end <= sentence.start)
          .pop();
        const earlier = previous ? this.input.actors.filter((m) => inside(m, previous) && isTarget(m)) : [];
        recipient = earlier.find((m) => m.actorId !== donor)?.actorId ?? null;
      }
    }
    return { donor, recipient };
  }

  private draftFigures(sentence: Sentence, money: readonly MoneyMention[], given: EventDraft | null): void {
    const readable = figureMentions(sentence.text);
    let event = given;
    const ids = new Map<MoneyMention, string>();
    const drafted: { mention: MoneyMention; amount: AmountAnnotation; worded: boolean }[] = [];
    for (const mention of money) {
      const local = readable.find(
        (r) => r.start === mention.start - sentence.start && r.end === mention.end - sentence.start,
      );
      if (!local) {
        this.ignore(
          'money',
          mention.text,
          'read only with text outside its sentence: annotate it by hand with a longer quote, or say why it is not a figure',
        );
        continue;
      }
      const sameText = readable.filter((r) => flat(r.text).toLowerCase() === flat(local.text).toLowerCase());
      if (sameText.length > 1) {
        this.ignore(
          'money',
          mention.text,
          'written twice in one sentence: annotate it by hand, or say why it is not a figure',
        );
        continue;
      }
      if (
        /^\s*(?:per|each|apiece|a (?:piece|unit|round|shell|day|month|head))\b/i.test(
          this.text.slice(mention.end, mention.end + 20),
        )
      ) {
        this.ignore('money', mention.text, 'a unit price, not a figure');
        continue;
      }
      const index = readable.indexOf(local);
      const previousFigure = index > 0 ? readable[index - 1] : undefined;
      const before = sentence.text.slice(
        previousFigure ? (previousFigure.converted?.end ?? previousFigure.end) : 0,
        local.start,
      );
      const after = sentence.text.slice(
        local.converted?.end ?? local.end,
        readable[index + 1]?.start ?? sentence.text.length,
      );
      const wording = figureWording(before, after);
      const budget = wording?.kind === 'budget';
      if (!event) {
        const actors = this.actorsIn(sentence);
        event = this.undatedEvent(
          sentence,
          wording?.kind === 'contract' ? 'contract' : budget ? 'budget' : 'announcement',
          actors.length > 0 ? actors : this.fallbackActors(),
        );
        if (!event) {
          this.ignore(
            'money',
            mention.text,
            'the article has no date, so the figure cannot be dated: add published to its source, then run add again',
          );
          continue;
        }
      }
      const parties = this.parties(sentence, mention, budget);
      const donor = parties.donor ?? event.annotation.actors[0] ?? null;
      if (donor === null) {
        this.ignore('money', mention.text, 'no actor is named near it: annotate it by hand');
        continue;
      }
      const worded = datedBy(event.annotation.when, this.label(sentence, local, previousFigure));
      const label = worded.charAt(0).toUpperCase() + worded.slice(1);
      const id = uniqueId(
        `${donor}-${event.date.slice(0, 7)}-${valueSlug(local.value)}-${local.currency.toLowerCase()}`,
        this.taken,
      );
      const amount: AmountAnnotation = {
        id,
        draft: true,
        event: event.annotation.id,
        label,
        ...(readable.length > 1 ? { figure: flat(local.text) } : {}),
        quotes: [{ source: this.sourceId, quote: sentence.text }],
        donor,
        recipient: parties.recipient === donor ? null : parties.recipient,
        kind: wording?.kind ?? 'package',
        stage: wording?.stage ?? 'announced',
        partOf: null,
      };
      ids.set(mention, id);
      drafted.push({ mention: local, amount, worded: wording !== null });
      this.drafts.amounts.push(amount);
    }
    // "150 billion euros, including 65 billion": the part; "$325 million, bringing the total to $35.4 billion": the whole.
    drafted.forEach(({ mention, amount, worded }, i) => {
      const previous = drafted[i - 1];
      if (!previous) return;
      const between = sentence.text.slice(
        previous.mention.converted?.end ?? previous.mention.end,
        mention.start,
      );
      if (introducesPart(between)) {
        amount.partOf = previous.amount.id;
        if (!worded) {
          amount.kind = previous.amount.kind;
          amount.stage = previous.amount.stage;
        }
      } else if (introducesTotal(between)) previous.amount.partOf = amount.id;
    });
  }

  /**
   * The words around the figure in its clause, as written, at most six on each side:
   * "a new package of $325 million in military aid to Ukraine".
   */
  private label(sentence: Sentence, figure: MoneyMention, previous: MoneyMention | undefined): string {
    const text = sentence.text;
    const clauseStart = Math.max(
      previous ? (previous.converted?.end ?? previous.end) : 0,
      ...[', ', '; ', ' including ', ' of which ', ' and ', ': ', ' – ', ' — '].map((b) => {
        const at = text.lastIndexOf(b, figure.start);
        return at < 0 ? 0 : at + b.length;
      }),
    );
    const converted = figure.converted?.end ?? figure.end;
    const figureEnd = text.charAt(converted) === ')' && figure.converted ? converted + 1 : converted;
    const stop = text.slice(figureEnd).search(/[,;:–—(]|\s(?:and|while|but|including|bringing)\s/);
    const before = text.slice(clauseStart, figure.start).split(/\s+/).filter(Boolean).slice(-6);
    const after = text
      .slice(figureEnd, stop < 0 ? text.length : figureEnd + stop)
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 6);
    const label = flat([...before, text.slice(figure.start, figureEnd), ...after].join(' ')).replace(
      /[.\s]+$/,
      '',
    );
    return label.charAt(0).toUpperCase() + label.slice(1);
  }

  /** Events on the same day, of the same kind, sharing an actor: the curator decides whether to merge. */
  private suggestMerges(): void {
    const fresh = this.events.filter((e) => e.isNew);
    for (const event of fresh) {
      const a = event.annotation;
      const others = [
        ...this.known.map((k) => ({ id: k.id, date: k.date, kind: k.kind, actors: k.actors })),
        ...fresh
          .filter((e) => e !== event && e.sentence < event.sentence)
          .map((e) => ({
            id: e.annotation.id,
            date: e.date,
            kind: e.annotation.kind,
            actors: e.annotation.actors,
          })),
      ];
      const same = others.filter(
        (o) =>
          o.date === event.date && o.kind === a.kind && o.actors.some((actor) => a.actors.includes(actor)),
      );
      if (same.length > 0) a.mergeWith = same.map((o) => o.id);
    }
    for (const event of fresh)
      this.known.push({
        id: event.annotation.id,
        date: event.date,
        kind: event.annotation.kind,
        actors: event.annotation.actors,
      });
  }

  /** Date mentions no drafted quote covers: ignore entries the curator confirms or turns into events. */
  private draftIgnores(): void {
    const quoted = [
      ...this.drafts.events.flatMap((e) => e.quotes),
      ...this.drafts.amounts.flatMap((a) => a.quotes),
    ]
      .map((q) => this.sentences.find((s) => s.text === q.quote))
      .filter((s): s is Sentence => s !== undefined);
    const dated = [...this.input.extraction.dates, ...this.input.extraction.unresolved];
    for (const mention of dated) {
      if (this.isHandled(mention) || !inside(mention, this.input.source.span)) continue;
      if (this.input.source.excluded.some((e) => overlaps(e, mention))) continue;
      if (quoted.some((s) => overlaps(s, mention))) continue;
      this.ignore(
        'date',
        mention.text,
        'no action or statement is drafted from its sentence: cite it in an event, or say why it is not one',
      );
    }
  }
}

export function draftArticle(input: ArticleInput, known: KnownEvent[], taken: Set<string>): Drafts {
  return new ArticleDrafter(input, known, taken).run();
}
