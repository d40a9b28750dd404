/**
 * The figures of a sentence: a drafted amount for every money mention it reads on its own, with its
 * stage and kind from the words around it, donor and recipient from its actors, the whole it is part
 * of, and an ignore entry (with the reason) for a mention that cannot be drafted.
 */
import type { ActorMention, MoneyMention } from '../../src/data/extract/index';
import type { EventKind } from '../../src/data/schema';
import type { AmountAnnotation } from '../compile/annotationSchema';
import { figureMentions } from '../compile/figures';
import type { Range } from '../compile/textSearch';
import type { ArticleDraft } from './articleDraft';
import { uniqueId, valueSlug } from './draftIds';
import type { EventDraft } from './draftTypes';
import { datedBy } from './sentenceCues';
import { flat, inside, withoutDate, type Sentence } from './text';
import { figureWording, introducesPart, introducesTotal } from './wording';

export function isConversion(article: ArticleDraft, mention: MoneyMention): boolean {
  return article.input.extraction.money.some(
    (m) =>
      m !== mention &&
      m.converted !== null &&
      mention.start >= m.converted.start &&
      mention.end <= m.converted.end,
  );
}

export function figureEventKind(
  article: ArticleDraft,
  sentence: Sentence,
  money: readonly MoneyMention[],
): EventKind | null {
  const first = money[0];
  if (!first) return null;
  const wording = figureWording(
    article.text.slice(sentence.start, first.start),
    article.text.slice(first.end, sentence.end),
  );
  if (wording?.kind === 'contract') return 'contract';
  if (wording?.kind === 'budget') return 'budget';
  if (wording?.kind === 'total') return 'report';
  return null;
}

/** Donor and recipient from the sentence's actors: who gives, and who is named after "to" or "for". */
function partiesOf(
  article: ArticleDraft,
  sentence: Sentence,
  mention: Range,
  budget: boolean,
): { donor: string | null; recipient: string | null } {
  const named = article.input.actors.filter((m) => inside(m, sentence));
  const institutional = named.filter((m) => article.input.actorTypes.get(m.actorId) !== 'person');
  const pool = institutional.length > 0 ? institutional : named;
  // "aid to Ukraine", "for Ukraine", "training for thousands of Ukrainian troops".
  const isTarget = (m: ActorMention) =>
    /\b(?:to|for|into|toward|towards)\b[^,.;:]{0,30}$/i.test(
      article.text.slice(Math.max(0, m.start - 40), m.start),
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
          article.input.actorTypes.get(m.actorId) === 'country' &&
          /\bin\s+(?:the\s+)?$/i.test(article.text.slice(Math.max(0, m.start - 8), m.start)),
      )?.actorId ?? null;
    if (recipient === null) {
      const previous = article.sentences
        .filter((s) => s.paragraph === sentence.paragraph && s.end <= sentence.start)
        .pop();
      const earlier = previous ? article.input.actors.filter((m) => inside(m, previous) && isTarget(m)) : [];
      recipient = earlier.find((m) => m.actorId !== donor)?.actorId ?? null;
    }
  }
  return { donor, recipient };
}

export function draftFigures(
  article: ArticleDraft,
  sentence: Sentence,
  money: readonly MoneyMention[],
  given: EventDraft | null,
): void {
  const readable = figureMentions(sentence.text);
  let event = given;
  const ids = new Map<MoneyMention, string>();
  const drafted: { mention: MoneyMention; amount: AmountAnnotation; worded: boolean }[] = [];
  for (const mention of money) {
    const local = readable.find(
      (r) => r.start === mention.start - sentence.start && r.end === mention.end - sentence.start,
    );
    if (!local) {
      article.ignore(
        'money',
        mention.text,
        'read only with text outside its sentence: annotate it by hand with a longer quote, or say why it is not a figure',
      );
      continue;
    }
    // "5.6 billion kroner" is Danish by the article and Norwegian by its sentence alone: the quote
    // would compile to the wrong currency.
    if (local.currency !== mention.currency || local.value !== mention.value) {
      article.ignore(
        'money',
        mention.text,
        `its sentence alone reads it as ${local.currency}, the article as ${mention.currency}: annotate it by hand with a quote that names the currency`,
      );
      continue;
    }
    const sameText = readable.filter((r) => flat(r.text).toLowerCase() === flat(local.text).toLowerCase());
    if (sameText.length > 1) {
      article.ignore(
        'money',
        mention.text,
        'written twice in one sentence: annotate it by hand, or say why it is not a figure',
      );
      continue;
    }
    if (
      /^\s*(?:per|each|apiece|a (?:piece|unit|round|shell|day|month|head))\b/i.test(
        article.text.slice(mention.end, mention.end + 20),
      )
    ) {
      article.ignore('money', mention.text, 'a unit price, not a figure');
      continue;
    }
    // The same sum written again ("$250 million" in the lead, then in a quotation) is one figure
    // cited twice, not two figures for the curator to merge.
    const sum = `${local.value} ${local.valueHigh ?? ''} ${local.currency}`;
    const again = article.figures.get(sum);
    if (again) {
      if (!again.quotes.some((q) => q.quote === sentence.text))
        again.quotes.push({ source: article.sourceId, quote: sentence.text, figure: flat(local.text) });
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
      const actors = article.actorsIn(sentence);
      event = article.undatedEvent(
        sentence,
        wording?.kind === 'contract' ? 'contract' : budget ? 'budget' : 'announcement',
        actors.length > 0 ? actors : article.fallbackActors(),
      );
      if (!event) {
        article.ignore(
          'money',
          mention.text,
          'the article has no date, so the figure cannot be dated: add published to its source, then run add again',
        );
        continue;
      }
    }
    const parties = partiesOf(article, sentence, mention, budget);
    const donor = parties.donor ?? event.annotation.actors[0] ?? null;
    if (donor === null) {
      article.ignore('money', mention.text, 'no actor is named near it: annotate it by hand');
      continue;
    }
    const worded = datedBy(
      event.annotation.when,
      labelOf(sentence, local, previousFigure, event.annotation.when.mention),
    );
    const label = worded.charAt(0).toUpperCase() + worded.slice(1);
    const id = uniqueId(
      `${donor}-${event.date.slice(0, 7)}-${valueSlug(local.value)}-${local.currency.toLowerCase()}`,
      article.taken,
    );
    const amount: AmountAnnotation = {
      id,
      draft: true,
      event: event.annotation.id,
      label,
      ...(readable.length > 1 ? { figure: flat(local.text) } : {}),
      quotes: [{ source: article.sourceId, quote: sentence.text }],
      donor,
      recipient: parties.recipient === donor ? null : parties.recipient,
      kind: wording?.kind ?? 'package',
      stage: wording?.stage ?? 'announced',
      partOf: null,
    };
    ids.set(mention, id);
    article.figures.set(sum, amount);
    drafted.push({ mention: local, amount, worded: wording !== null });
    article.drafts.amounts.push(amount);
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

/** Words that cannot end a label: "… radars for" reads as cut. */
const DANGLING = /^(?:for|to|of|in|on|at|by|with|from|and|or|the|a|an|its|their)$/i;

/**
 * The words around the figure in its clause, as written, at most six on each side, without the words
 * for the event's date (`dateWords`): "a new package of $325 million in military aid to Ukraine".
 */
function labelOf(
  sentence: Sentence,
  figure: MoneyMention,
  previous: MoneyMention | undefined,
  dateWords: string | undefined,
): string {
  const undated = (words: string) => (dateWords === undefined ? words : withoutDate(words, dateWords));
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
  const before = undated(text.slice(clauseStart, figure.start)).split(/\s+/).filter(Boolean).slice(-6);
  const after = undated(text.slice(figureEnd, stop < 0 ? text.length : figureEnd + stop))
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6);
  while (after.length > 0 && DANGLING.test(after[after.length - 1] ?? '')) after.pop();
  const label = flat([...before, text.slice(figure.start, figureEnd), ...after].join(' ')).replace(
    /[.\s]+$/,
    '',
  );
  return label.charAt(0).toUpperCase() + label.slice(1);
}
