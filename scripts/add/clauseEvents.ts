/**
 * Events a sentence tells in passing, beside what it reports: one dated by its distance from the
 * sentence's own date ("the day before meeting with ...") and one dated in a relative clause ("the
 * invasion, which began on Feb. 24, 2022").
 */
import type { DateMention } from '../../src/data/extract/index';
import type { ArticleDraft } from './articleDraft';
import { dateAtDistance, distanceDates } from './distanceDates';
import type { EventDraft } from './draftTypes';
import { RELATIVE } from './sentenceCues';
import { flat, overlaps, type Sentence } from './text';
import { eventKind } from './wording';

/** Events the sentence dates by their distance from its own ("the day before meeting with ..."). */
export function draftEventsAtDistance(article: ArticleDraft, sentence: Sentence, from: EventDraft): void {
  if (from.date.length !== 10) return;
  for (const distance of distanceDates(sentence.text)) {
    const clause = {
      start: sentence.start + distance.clause.start,
      end: sentence.start + distance.clause.end,
    };
    // A clause with a date of its own is dated by it.
    if (article.input.extraction.dates.some((d) => overlaps(d, clause))) continue;
    const date = dateAtDistance(from.date, distance);
    if (date === null) continue;
    // Who does it: the person the sentence is about ("Stoltenberg ... the day before meeting ...").
    const before = article.input.actors.filter((m) => m.start >= sentence.start && m.end <= clause.start);
    const subject =
      before.find((m) => article.input.actorTypes.get(m.actorId) === 'person') ?? before[0] ?? null;
    const actors = [...new Set([...(subject ? [subject.actorId] : []), ...article.actorsIn(clause)])];
    const words = flat(article.text.slice(clause.start, clause.end));
    const name = subject ? article.input.actorNames.get(subject.actorId)?.split(' ').pop() : undefined;
    const n = Math.abs(distance.days) / (distance.unit === 'week' ? 7 : 1);
    const told = article.addEvent(
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
export function draftSubEvent(
  article: ArticleDraft,
  sentence: Sentence,
  mention: DateMention,
  sentenceActors: string[],
): void {
  const before = article.text.slice(sentence.start, mention.start);
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
    lastPreposition >= 0 && words.length - lastPreposition - 1 >= 2 ? words.slice(lastPreposition + 1) : words
  )
    .join(' ')
    .replace(/^(?:(?:against|to|of|for|in|on|by|with|referring|the|a|an)\s+)+/i, '');
  const after = article.text.slice(mention.end, sentence.end);
  const stop = after.search(/[,;)—–]|\s(?:after|before|while|because)\s/);
  const clause = { start: sentence.start + pronoun, end: stop < 0 ? sentence.end : mention.end + stop };
  const clauseText = `${antecedent}${antecedent === '' ? '' : ' '}${article.text.slice(clause.start, clause.end)}`;
  const actors = article.actorsIn({ start: sentence.start + Math.max(0, pronoun - 60), end: clause.end });
  article.addEvent(
    sentence,
    { mention: flat(mention.text) },
    mention.date,
    eventKind(clauseText) ?? eventKind(sentence.text) ?? 'statement',
    actors.length > 0 ? actors : sentenceActors.length > 0 ? sentenceActors : article.fallbackActors(),
    clauseText,
  );
}
