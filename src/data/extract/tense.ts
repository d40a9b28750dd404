/**
 * The tense a date mention is written in, read from the words of its clause: the nearest tense cue
 * before the mention in its sentence ("will meet on Monday", "said on Monday"), or when there is none,
 * the nearest after it ("On Wednesday the EU will meet", "The EU on Wednesday agreed"), where a
 * reporting verb ("by Sept. 30, he said") is an attribution and not the tense of the date, and a
 * relative clause ends at its comma. Future cues
 * are modal and planning words (will, would, must, is due to, expects, plans to); past cues are
 * reporting verbs, irregular past forms and regular "-ed" verbs that are not used as adjectives.
 */
import { sentenceAt, type Span } from './sentences';

export type Tense = 'future' | 'past';

const FUTURE =
  /\b(?:will|shall|would|must|is\s+due|are\s+due|due\s+to|is\s+set\s+to|are\s+set\s+to|scheduled|plans?\s+to|planned\s+for|expects?|expecting|expected\s+(?:to|in|on|by|at|next|this|later|early|late)|intends?\s+to|aims?\s+to|hopes?\s+to|seeks?\s+to|is\s+to|are\s+to|going\s+to|upcoming|ahead\s+of|needs?\s+to|has\s+to|have\s+to)\b|['’]ll\b/gi;

// Words that look ahead without a future verb ("Ukraine needs $38 billion in 2025, IMF projections
// show"): they date a year as one to come, but are too loose to turn a weekday forward.
const LOOKING_AHEAD =
  /\b(?:needs?|forecasts?|forecast\s+to|projected|projections?|outlook|targets?|plans?|aims?|hopes?|intends?|budgets?\s+for|budgeted\s+for)\b/gi;

const IRREGULAR_PAST =
  'said|told|met|was|were|had|did|gave|sent|took|made|came|went|began|won|paid|spent|rose|fell|held|' +
  'led|left|brought|bought|sold|struck|got|became|sought|saw|knew|thought|spoke|broke|chose|flew|grew|' +
  'threw|ran|stood|lost|built|lent|meant|kept|felt|found|heard|wrote|drove|hit|shot|fought|taught|caught|' +
  'agreed|has\\s+been|have\\s+been|ago';
const PAST_WORDS = new RegExp(`(?<![\\p{L}-])(?:${IRREGULAR_PAST})\\b`, 'giu');
// Regular past forms. In both, the lookbehind leaves out compounds ("US-made", "Russian-occupied").
const REGULAR_PAST = /(?<![\p{L}-])\p{Ll}{2,}ed\b/gu;

/** "-ed" words that are not past verbs, or are mostly adjectives in news text. */
const NOT_PAST = new Set(
  (
    'need speed feed seed bleed breed greed creed deed heed exceed proceed succeed indeed hundred kindred ' +
    'armed based guided advanced limited united combined related detailed expected scheduled planned ' +
    'intended unprecedented dedicated alleged supposed concerned interested experienced qualified skilled ' +
    'occupied unmanned armored armoured embattled besieged wounded injured frozen sophisticated so-called ' +
    'integrated coordinated estimated projected proposed increased reduced extended renewed updated ' +
    'long-awaited red bed shed wed'
  ).split(' '),
);
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those|of)\s+$/i;

const REPORTING = /^(?:said|says|told|added|noted|reported|stated|wrote|quoted)\b/i;

interface Cue {
  at: number;
  tense: Tense;
}

function cuesIn(text: string, from: number, to: number, lookingAhead: boolean): Cue[] {
  const part = text.slice(from, to);
  const cues: Cue[] = [];
  for (const m of part.matchAll(FUTURE)) cues.push({ at: from + m.index, tense: 'future' });
  if (lookingAhead)
    for (const m of part.matchAll(LOOKING_AHEAD)) cues.push({ at: from + m.index, tense: 'future' });
  for (const m of part.matchAll(PAST_WORDS)) cues.push({ at: from + m.index, tense: 'past' });
  for (const m of part.matchAll(REGULAR_PAST)) {
    if (NOT_PAST.has(m[0].toLowerCase())) continue;
    if (DETERMINER_BEFORE.test(part.slice(Math.max(0, m.index - 12), m.index))) continue;
    cues.push({ at: from + m.index, tense: 'past' });
  }
  // A future cue and a past cue at the same place ("expected to"): the future one is the longer reading.
  return cues.sort((a, b) => a.at - b.at || (a.tense === 'future' ? 1 : -1));
}

/**
 * The tense of the clause that holds a mention from `start` to `end`, or null when no cue says.
 * `lookingAhead` also reads words such as "needs", "plans", "projections" as future cues.
 */
export function tenseAt(
  text: string,
  sentences: readonly Span[],
  start: number,
  end = start,
  lookingAhead = false,
): Tense | null {
  const sentence = sentenceAt(sentences, start);
  const from = Math.max(sentence?.start ?? 0, start - 200);
  const before = cuesIn(text, from, start, lookingAhead).at(-1);
  if (before) return before.tense;
  // After the mention, a reporting verb is an attribution, not its tense: "by Sept 30, he said". A
  // mention in a relative clause reads only that clause: "Trump, who takes office on Jan. 20, has said".
  const clauseStart = Math.max(from, text.lastIndexOf(',', start) + 1);
  const relative = /\b(?:who|which|that|when|where)\b/i.test(text.slice(clauseStart, start));
  const comma = relative ? text.indexOf(',', end) : -1;
  const to = Math.min(sentence?.end ?? text.length, end + 120, comma < 0 ? Infinity : comma);
  const after = cuesIn(text, end, to, lookingAhead).filter(
    (c) => !REPORTING.test(text.slice(c.at, c.at + 12)),
  );
  return after[0]?.tense ?? null;
}
