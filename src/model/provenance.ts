/**
 * The path from a quote to a USD bar, step by step: the verbatim quote with the number marked, the
 * parsed value, the conversion to USD, the USD value, and any flags. Pure, so the details card, the
 * tooltips and the exports (as one line of text) tell the same story.
 */
import type { Amount, Flag, Source } from '../data/schema';
import type { Lookups } from './lookups';
import { boundWords, formatMoney, formatMoneyFull, formatOriginal, formatUsd, usdBasisText } from './money';

export interface TextSpan {
  start: number;
  end: number;
}

export interface QuoteParts {
  before: string;
  mention: string;
  after: string;
}

const SCALES = [
  { factor: 1e12, words: 'trillion|tn|T' },
  { factor: 1e9, words: 'billion|bn|B' },
  { factor: 1e6, words: 'million|mn|m|M' },
  { factor: 1e3, words: 'thousand|K' },
] as const;

const CURRENCY_BEFORE = String.raw`(?:(?:US|CA|A|NZ|HK)?\$|USD|EUR|RUB|GBP|UAH|[€£₽₴¥])\s?`;
const CURRENCY_AFTER = String.raw`(?:\s+(?:euros?|rubles?|roubles?|dollars?|pounds?|hryvnias?|yen))`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How a number may be written: `2.4`, `2,4` (decimal comma), `325`, `2,400,000,000`. */
function numberSpellings(value: number): string[] {
  const plain = String(Number(value.toPrecision(12)));
  const spellings = new Set([plain, plain.replace('.', ',')]);
  if (Number.isInteger(value) && value >= 1000) spellings.add(value.toLocaleString('en-US'));
  return [...spellings];
}

/**
 * Finds a money value written in a quote ("2.4 billion euros", "$325 million", "USD 1.54 billion") with
 * its currency words; the first match, or null.
 */
export function findValueInQuote(quote: string, value: number): TextSpan | null {
  const patterns: string[] = [];
  for (const { factor, words } of SCALES) {
    const scaled = value / factor;
    if (scaled < 1 || scaled >= 1000 * (factor === 1e12 ? 1e6 : 1)) continue;
    for (const number of numberSpellings(scaled)) {
      patterns.push(String.raw`${escapeRegExp(number)}\s*(?:${words})\b`);
    }
  }
  for (const number of numberSpellings(value)) patterns.push(`${escapeRegExp(number)}(?![\\d.,]\\d)`);
  const pattern = new RegExp(
    String.raw`(?:${CURRENCY_BEFORE})?(?<![\d.,])(?:${patterns.join('|')})${CURRENCY_AFTER}?`,
  );
  const match = pattern.exec(quote);
  return match === null ? null : { start: match.index, end: match.index + match[0].length };
}

/** The mention of the figure in its first quote: the recorded offsets when valid, else a search. */
export function mentionInQuote(amount: Pick<Amount, 'mention' | 'citations' | 'value'>): TextSpan | null {
  const quote = amount.citations[0]?.quote ?? '';
  const recorded = amount.mention;
  if (recorded !== undefined && recorded.start < recorded.end && recorded.end <= quote.length)
    return recorded;
  return findValueInQuote(quote, amount.value);
}

/** Splits a quote around a mention for rendering with a <mark>. */
export function splitQuote(quote: string, span: TextSpan | null): QuoteParts {
  if (span === null) return { before: quote, mention: '', after: '' };
  return {
    before: quote.slice(0, span.start),
    mention: quote.slice(span.start, span.end),
    after: quote.slice(span.end),
  };
}

/** "Stoltenberg in Kyiv — DOD News, 2023-04-20". */
export function sourceLine(source: Source | undefined, fallbackId: string): string {
  if (source === undefined) return `source ${fallbackId}`;
  const meta = [source.outlet, source.published].filter((x): x is string => x !== null && x !== '');
  return meta.length > 0 ? `${source.title} — ${meta.join(', ')}` : source.title;
}

export type ProvenanceStepId = 'quote' | 'parsed' | 'conversion' | 'usd' | 'flags';

export interface ProvenanceStep {
  id: ProvenanceStepId;
  title: string;
  /** What this step found, in words. */
  text: string;
  /** Where it comes from. */
  source: string;
  /** For the quote step: the quote split around the number. */
  quote?: QuoteParts;
  flags?: Flag[];
}

/** The steps from quote to USD for one figure. */
export function provenanceSteps(
  amount: Amount,
  sources: ReadonlyMap<string, Source>,
  flags: readonly Flag[],
): ProvenanceStep[] {
  const citation = amount.citations[0];
  const quoteSource =
    citation === undefined ? 'no citation' : sourceLine(sources.get(citation.source), citation.source);
  const quote = citation?.quote ?? '';
  const span = mentionInQuote(amount);
  const steps: ProvenanceStep[] = [
    {
      id: 'quote',
      title: 'Quote',
      text: quote,
      source: quoteSource,
      quote: splitQuote(quote, span),
    },
    {
      id: 'parsed',
      title: 'Parsed value',
      text:
        `${formatOriginal(amount)} = ${formatMoneyFull(amount.value, amount.currency)}` +
        (amount.valueHigh != null ? ` to ${formatMoneyFull(amount.valueHigh, amount.currency)}` : '') +
        `; ${boundWords(amount.bound)}`,
      source:
        span === null
          ? 'read from the quote'
          : `read from “${quote.slice(span.start, span.end)}” in the quote`,
    },
    {
      id: 'conversion',
      title: 'USD conversion',
      text: usdBasisText(amount),
      source: conversionSource(amount, quote, quoteSource),
    },
    {
      id: 'usd',
      title: 'USD value',
      text: `${formatUsd(amount)} = ${formatMoneyFull(Math.round(amount.usd), 'USD')}`,
      source:
        amount.currency === 'USD'
          ? 'the quoted value'
          : `${formatMoney(amount.value, amount.currency)} converted as above`,
    },
  ];
  if (flags.length > 0) {
    const readable = flags.map((f) => ({ ...f, message: withoutSourceIds(f.message, sources) }));
    steps.push({
      id: 'flags',
      title: flags.length === 1 ? 'Flag' : 'Flags',
      text: readable.map((f) => f.message).join(' '),
      source: 'dataset checks',
      flags: readable,
    });
  }
  return steps;
}

function conversionSource(amount: Amount, quote: string, quoteSource: string): string {
  const conversion = amount.conversion ?? null;
  if (amount.usdBasis === 'in-text') {
    if (conversion?.text != null && conversion.text !== '' && !quote.includes(conversion.text)) {
      return `the text of ${quoteSource}`;
    }
    return `the same quote (${quoteSource})`;
  }
  return conversion === null ? 'not recorded' : conversion.series;
}

/**
 * A figure's provenance as one line of text, the same steps the details card shows: the quoted value, how
 * it was read, how it became US dollars, and any flags. For CSV cells.
 */
export function provenanceText(amount: Amount, lookups: Lookups): string {
  return provenanceSteps(amount, lookups.sourcesById, lookups.flagsAbout.get(amount.id) ?? [])
    .map((step) =>
      step.id === 'quote' ? `${step.title}: “${step.text}” (${step.source})` : `${step.title}: ${step.text}`,
    )
    .join(' → ');
}

/** The flags of a figure, one a line ("warning: …"), or an empty string. */
export function flagsText(amount: Amount, lookups: Lookups): string {
  return (lookups.flagsAbout.get(amount.id) ?? [])
    .map((f) => `${f.severity}: ${withoutSourceIds(f.message, lookups.sourcesById)}`)
    .join('\n');
}

/**
 * A text with every source id it names replaced by the source's outlet (or "an article"): what people
 * read names articles, never ids. The dataset's flag messages name the sources they compare by id.
 */
export function withoutSourceIds(text: string, sourcesById: ReadonlyMap<string, Source>): string {
  return text.replace(/[\w.-]+/g, (token) => {
    const source = sourcesById.get(token);
    return source === undefined ? token : (source.outlet ?? 'an article');
  });
}
