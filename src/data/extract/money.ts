/**
 * Money mentions in a news text, with offsets, value, ISO currency, bound and any conversion written
 * beside them. A number is money only when a currency is written with it, or when it has a scale
 * ("65 billion") and a currency written elsewhere in its sentence carries over to it, or when a
 * conversion is written beside it ("a deficit of 1.6 billion ($2.54 billion)"). A conversion never
 * lends its currency: the figure before it takes its currency from its sentence, then from its
 * paragraph, and is `XXX` (no currency written) when neither has one.
 */
import { boundOf } from './bounds';
import { NO_CURRENCY } from './conversionChecks';
import { conversionForm } from './conversions';
import type { CurrencyText } from './currencyAround';
import { figuresOf, type Figure } from './figures';
import { readingsOf } from './moneyReadings';
import { rateNotesOf } from './rateNotes';
import { sentenceAt, sentenceSpans, type Span } from './sentences';
import type { MoneyMention, RateNote } from './types';

// Words that may follow a bare "65 billion" that is money: "65 billion in military aid",
// "65 billion for air defence". Any other word is what is counted ("1.5 million artillery rounds").
const MONEY_FOLLOWERS = new Set(
  (
    'in for to on from at by with as into towards toward over under was were is are will would should ' +
    'could can may might has had have and or but more less this that last next each per a an already ' +
    'earmarked allocated pledged committed announced approved promised went goes go came comes come worth ' +
    'intended set due spent budgeted provided given been being which so plus respectively alone annually ' +
    'these those through until since via directly mostly mainly largely going included including covering ' +
    'paid raised left remaining remain remains ' +
    // money nouns written without "in": "EUR 33 billion are loans and 17 billion grants"
    'grants loans credits aid assistance funding support subsidies guarantees ' +
    // Ukrainian and Russian: prepositions and conjunctions ("325 млрд на оборону", "та 400 млн")
    'на у в для з із до і й та и а що что від от як как'
  ).split(' '),
);
const OF_MONEY =
  /^(?:which|it|this|that|these|those|(?:the|its|their|this|that)[ \u00a0]+(?:total|sum|amount|money|funds|funding|package|budget|aid|assistance))\b/i;

// "a country of 38 million", "a population of some 40 million": people, whatever follows.
const COUNT_BEFORE =
  /\b(?:country|nation|population|city|people|inhabitants|residents|army|workforce|audience|electorate|region)[ \u00a0]+of[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|over|more[ \u00a0]+than|at[ \u00a0]+least)[ \u00a0]+)?$/i;

/** Whether the words around a bare scaled number show it counts something other than money. */
function countsSomething(text: string, start: number, end: number): boolean {
  if (COUNT_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return true;
  const after = text.slice(end, end + 60);
  if (/^-\p{L}/u.test(after)) return true; // 1.5-million-strong
  if (/^[ \u00a0]*(?:%|percent\b|per[ \u00a0]?cent\b|pc\b)/i.test(after)) return true;
  const next = /^[ \u00a0]+([\p{L}'’]+)/u.exec(after);
  const word = next?.[1]?.toLowerCase();
  if (word === undefined) return false;
  if (word === 'of') return !OF_MONEY.test(after.slice(next?.[0].length ?? 0).trimStart());
  return !MONEY_FOLLOWERS.has(word);
}

/** The currency a bare figure takes from its sentence: the nearest written before it, else the next one. */
function carrierFor(figure: Figure, carriers: readonly Figure[], sentence: Span): CurrencyText | null {
  const inSentence = carriers.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
  const before = inSentence.filter((f) => f.end <= figure.start).at(-1);
  const next = inSentence.find((f) => f.start >= figure.end);
  return before?.currency ?? next?.currency ?? null;
}

/** The nearest currency written before `figure` in its paragraph (its line of text). */
function paragraphCarrier(text: string, figure: Figure, carriers: readonly Figure[]): CurrencyText | null {
  const paragraphStart = text.lastIndexOf('\n', figure.start) + 1;
  return carriers.filter((f) => f.start >= paragraphStart && f.end <= figure.start).at(-1)?.currency ?? null;
}

function mention(
  text: string,
  figure: Figure,
  currency: CurrencyText | null,
  carried: boolean,
  converted: MoneyMention | null,
): MoneyMention {
  const { bound, text: boundText } = boundOf(text, figure.start, figure.end);
  return {
    text: text.slice(figure.start, figure.end),
    start: figure.start,
    end: figure.end,
    value: figure.value,
    valueHigh: figure.valueHigh,
    currency: currency?.code ?? NO_CURRENCY,
    bound,
    boundText,
    carried: carried && currency ? { text: currency.text, start: currency.start, end: currency.end } : null,
    converted,
  };
}

/** The currency of a figure with none written, and where it came from; undefined when it is not money. */
function currencyFor(
  text: string,
  sentences: readonly Span[],
  figure: Figure,
  carriers: readonly Figure[],
  hasConversion: boolean,
): CurrencyText | null | undefined {
  if (hasConversion ? !figure.scaled : !figure.mayCarry || countsSomething(text, figure.start, figure.end))
    return undefined;
  const sentence = sentenceAt(sentences, figure.start);
  const carrier = sentence ? carrierFor(figure, carriers, sentence) : null;
  if (carrier || !hasConversion) return carrier ?? undefined;
  return paragraphCarrier(text, figure, carriers);
}

export interface MoneyReading {
  money: MoneyMention[];
  /** Exchange rates written in the text ("$1 = 10.3724 Swedish crowns"): not figures. */
  rateNotes: RateNote[];
}

export function readMoney(text: string): MoneyReading {
  const sentences = sentenceSpans(text);
  const readings = readingsOf(text, sentences);
  const { notes, used } = rateNotesOf(text, readings);
  const figures = figuresOf(
    text,
    readings.filter((r) => !used.has(r)),
  );

  // Each figure's conversion: the next figure, when written as one.
  const conversionOf = new Map<Figure, Figure>();
  const isConversion = new Set<Figure>();
  figures.forEach((m, i) => {
    const c = figures[i + 1];
    if (c && !isConversion.has(m) && conversionForm(text, m, c)) {
      conversionOf.set(m, c);
      isConversion.add(c);
    }
  });
  const carriers = figures.filter((f) => f.currency !== null && !isConversion.has(f));

  const mentions: MoneyMention[] = [];
  const asFigure = (f: Figure) => mentions.push(mention(text, f, f.currency, false, null));
  for (const figure of figures) {
    if (isConversion.has(figure)) continue;
    const c = conversionOf.get(figure);
    const currency = figure.currency ?? currencyFor(text, sentences, figure, carriers, c !== undefined);
    if (currency === undefined) continue;
    if (c?.currency && currency?.code === c.currency.code) {
      // A figure in the same currency beside it is not its conversion: both are figures.
      mentions.push(mention(text, figure, currency, figure.currency === null, null));
      asFigure(c);
      continue;
    }
    const converted = c ? mention(text, c, c.currency, false, null) : null;
    mentions.push(mention(text, figure, currency, figure.currency === null && currency !== null, converted));
  }
  return { money: mentions.sort((a, b) => a.start - b.start), rateNotes: notes };
}

export function findMoney(text: string): MoneyMention[] {
  return readMoney(text).money;
}
