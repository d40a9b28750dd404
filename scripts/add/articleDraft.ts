/**
 * One article being drafted: its sentences, the day its story is about, the events drafted so far,
 * and the queries and steps the drafting rules share (actors and dates in a passage, adding an event
 * or a quote, an ignore entry).
 */
import { findDatelineHeader, type DateMention } from '../../src/data/extract/index';
import type { EventKind } from '../../src/data/schema';
import type { AmountAnnotation, EventAnnotation, IgnoredMention, When } from '../compile/annotationSchema';
import type { Range } from '../compile/textSearch';
import { uniqueId } from './draftIds';
import type { ArticleInput, Drafts, EventDraft, KnownEvent } from './draftTypes';
import { isHeadlineLike, linesOf } from './layout';
import { datedBy } from './sentenceCues';
import { storyDay, undatedWhen, type StoryDay } from './storyDay';
import { flat, inside, overlaps, sentencesOf, slugify, type Sentence } from './text';
import { draftTitle, isFuture, isPerfect, withoutQuotes } from './wording';

export class ArticleDraft {
  readonly text: string;
  readonly sentences: Sentence[];
  readonly events: EventDraft[] = [];
  readonly story: StoryDay | null;
  /** The place the dateline names ("KYIV, Ukraine (AP) —"), spelled as the dataset spells it. */
  readonly datelinePlace: string | null;
  /** The sentence right after the dateline: the one the dateline's place speaks for. */
  readonly lead: Sentence | null;
  readonly drafts: Drafts = { events: [], amounts: [], ignore: [] };
  /** The figures drafted so far, by the sum they are (value, upper value and currency). */
  readonly figures = new Map<string, AmountAnnotation>();

  constructor(
    readonly input: ArticleInput,
    readonly known: KnownEvent[],
    readonly taken: Set<string>,
  ) {
    const { source, extraction } = input;
    this.text = source.text;
    // The dateline header ("KYIV, Sept 29 (Reuters) -", "BERLIN (AA) -") is not part of the first
    // sentence, even when the article's date came from its metadata; the headline, standfirst and
    // byline above it are not news sentences either.
    const written = findDatelineHeader(this.text.slice(source.span.start, source.span.end));
    const header = written ? [{ start: source.span.start, end: source.span.start + written.end }] : [];
    // A headline is the article's title, not a sentence of news.
    const first = linesOf(this.text, source.span)[0];
    const headline = first && isHeadlineLike(first.text) ? [first] : [];
    this.sentences = sentencesOf(this.text, source.span, [...source.excluded, ...header, ...headline]);
    this.story = storyDay(extraction, this.sentences);
    const place = written?.place?.toLowerCase();
    this.datelinePlace = [...input.places].find((p) => p.toLowerCase() === place) ?? null;
    const after = header[0]?.end;
    this.lead =
      this.sentences.find(
        (s) => after !== undefined && s.start >= after && !this.text.slice(after, s.start).includes('\n'),
      ) ?? null;
  }

  get sourceId(): string {
    return this.input.source.spec.id;
  }

  actorsIn(range: Range): string[] {
    return [...new Set(this.input.actors.filter((m) => inside(m, range)).map((m) => m.actorId))];
  }

  datesIn(range: Range): DateMention[] {
    return this.input.extraction.dates.filter((d) => inside(d, range) && !this.isHandled(d));
  }

  isHandled(range: Range): boolean {
    return this.input.handled.some((h) => overlaps(h, range));
  }

  citedEvent(sentence: Sentence): string | null | undefined {
    const found = this.input.cited.filter((c) => overlaps(c, sentence));
    if (found.length === 0) return undefined;
    return found.find((c) => c.event !== null)?.event ?? null;
  }

  /** The person (or else the first actor) named right before a verb of saying, for `Speaker: “...”` titles. */
  speaker(sentence: Sentence): string | null {
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
  location(range: Range): string | null {
    const phrase = /\b(?:in|at)\s+(\p{Lu}[\p{L}-]+)/gu;
    for (const m of withoutQuotes(this.text.slice(range.start, range.end)).matchAll(phrase)) {
      const place = m[1] ?? '';
      if (this.input.places.has(place)) return place;
    }
    return null;
  }

  addEvent(
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
      // A wire story's dateline says where its lead happened, unless the lead says otherwise.
      location: this.location(where) ?? (sentence.start === this.lead?.start ? this.datelinePlace : null),
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

  addQuote(event: EventDraft, sentence: Sentence): void {
    if (!event.annotation.quotes.some((q) => q.quote === sentence.text))
      event.annotation.quotes.push({ source: this.sourceId, quote: sentence.text });
  }

  lastEvent(within?: (e: EventDraft) => boolean): EventDraft | undefined {
    return [...this.events]
      .reverse()
      .find((e) => e.isNew && e.inPassing === undefined && (within ? within(e) : true));
  }

  /** The event a sentence without a date of its own reports, dated from its paragraph or the story. */
  undatedEvent(sentence: Sentence, kind: EventKind, actors: string[]): EventDraft | null {
    if (!this.story) return null;
    const previous = this.lastEvent((e) => e.paragraph === sentence.paragraph);
    const dated = undatedWhen(this.story, previous?.date ?? null, {
      perfect: isPerfect(sentence.text),
      future: isFuture(sentence.text),
    });
    return this.addEvent(sentence, dated.when, dated.date, kind, actors, sentence.text);
  }

  fallbackActors(): string[] {
    const previous = this.lastEvent();
    if (previous) return previous.annotation.actors;
    const first = this.input.actors.find((m) => m.start >= this.input.source.span.start);
    return first ? [first.actorId] : [];
  }

  existingEvent(id: string): EventDraft | null {
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

  ignore(kind: 'money' | 'date', mention: string, reason: string): void {
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
}
