/** What drafting an article takes and gives: its input, the events it knows, the drafts. */
import type { ActorMention } from '../../src/data/extract/index';
import type { EventKind } from '../../src/data/schema';
import type { AmountAnnotation, EventAnnotation, IgnoredMention } from '../compile/annotationSchema';
import type { ResolvedSource } from '../compile/resolveSources';
import type { SourceExtraction } from '../compile/sourceExtraction';
import type { Range } from '../compile/textSearch';

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

export interface EventDraft {
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
