import type { Amount, AmountKind, AmountStage, Bound, Citation, EventKind } from '../../src/data/schema';
import { cumulativeWeights, drawIndex, pick, type Random } from './random';
import { CURRENCIES, TOPICS } from './vocabulary';

const CURRENCY_DRAW = cumulativeWeights(CURRENCIES.map((c) => c.weight));
const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** Chance that an event of this kind carries a money figure. */
export const AMOUNT_CHANCE: Record<EventKind, number> = {
  visit: 0.05,
  meeting: 0.05,
  statement: 0.05,
  announcement: 0.7,
  contract: 0.9,
  budget: 0.95,
  attack: 0,
  military: 0,
  report: 0.1,
  reaction: 0,
  decision: 0.4,
};

/** A value to three significant figures, as written in the news ("1.25 billion"). */
export function roundFigure(value: number): number {
  return Number(value.toPrecision(3));
}

/** "$325 million", "€2.4 billion", "RUB 10.8 trillion", "UAH 950,000". */
export function formatMoney(value: number, currency: string): string {
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  const scale = scales.find(([unit]) => value >= unit);
  const number = scale
    ? `${String(roundFigure(value / scale[0]))} ${scale[1]}`
    : value.toLocaleString('en-US');
  const symbol = SYMBOLS[currency];
  return symbol === undefined ? `${currency} ${number}` : `${symbol}${number}`;
}

export interface MoneyContext {
  random: Random;
  /** Makes a citation of `quote` in the source the event is cited from. */
  cite: (quote: string) => Citation;
  nextId: () => string;
}

export interface FigureRequest {
  eventId: string;
  eventKind: EventKind;
  date: string;
  donor: string;
  donorName: string;
  recipient: string | null;
}

function kindAndStage(random: Random, eventKind: EventKind): [AmountKind, AmountStage] {
  if (eventKind === 'contract') return ['contract', random() < 0.7 ? 'contracted' : 'ordered'];
  if (eventKind === 'budget') return ['budget', random() < 0.8 ? 'budgeted' : 'allocated'];
  if (eventKind === 'decision')
    return ['package', pick(random, ['committed', 'disbursed', 'allocated'] as const)];
  if (eventKind === 'report') return ['package', pick(random, ['delivered', 'disbursed'] as const)];
  return ['package', random() < 0.7 ? 'announced' : 'committed'];
}

function drawBound(random: Random): Bound {
  const r = random();
  if (r < 0.7) return 'exact';
  if (r < 0.9) return 'approximate';
  return r < 0.97 ? 'lower' : 'upper';
}

/** One figure, in a currency drawn by weight, with a value between 10 thousand and 10 billion USD. */
export function makeFigure(ctx: MoneyContext, request: FigureRequest, partOf?: Amount): Amount {
  const { random } = ctx;
  const currency = partOf
    ? (CURRENCIES.find((c) => c.code === partOf.currency) ?? CURRENCIES[0])
    : CURRENCIES[drawIndex(random, CURRENCY_DRAW)];
  if (currency === undefined) throw new Error('No currencies in the vocabulary.');
  const usdTarget = partOf ? partOf.usd * (0.2 + random() * 0.4) : 10 ** (4 + random() * 6);
  const value = roundFigure(usdTarget / currency.usd);
  // Rates drift a little from one figure to the next, as published rates do.
  const rate = roundFigure(currency.usd * (0.95 + random() * 0.1));
  const usd = Math.round(value * (currency.code === 'USD' ? 1 : rate));
  const [kind, stage] = partOf ? (['contract', 'ordered'] as const) : kindAndStage(random, request.eventKind);
  const money = formatMoney(value, currency.code);
  const topic = pick(random, TOPICS);
  const prefix = partOf
    ? `of which firm orders for ${topic} amount to `
    : `${request.donorName} will provide `;
  const quote = partOf ? `${prefix}${money}` : `${prefix}${money} for ${topic}`;
  const inText = currency.code === 'USD' || random() < 0.2;
  const usdText = inText && currency.code !== 'USD' ? ` (about ${formatMoney(usd, 'USD')})` : '';
  const citation = ctx.cite(`${quote}${usdText}`);
  const amount: Amount = {
    id: ctx.nextId(),
    eventId: request.eventId,
    date: request.date,
    label: partOf ? `Firm orders for ${topic}` : `${request.donorName}: ${topic}`,
    value,
    valueHigh: random() < 0.05 ? roundFigure(value * 1.5) : null,
    currency: currency.code,
    usd,
    usdBasis: inText ? 'in-text' : 'rate',
    conversion:
      currency.code === 'USD'
        ? null
        : {
            rate,
            rateDate: inText ? null : request.date,
            series: inText ? 'text' : 'ECB euro reference rates',
            text: inText ? usdText.slice(2, -1) : null,
          },
    donor: request.donor,
    recipient: kind === 'budget' ? null : request.recipient,
    kind,
    stage,
    partOf: partOf ? partOf.id : null,
    cumulative: false,
    bound: drawBound(random),
    mention: { start: prefix.length, end: prefix.length + money.length },
    citations: [citation],
  };
  if (kind === 'budget') amount.period = request.date.slice(0, 4);
  return amount;
}

/** A running total of what one donor has given so far, in USD, as a report would state it. */
export function makeCumulative(ctx: MoneyContext, request: FigureRequest, totalUsd: number): Amount {
  const value = roundFigure(totalUsd);
  const prefix = `In total, ${request.donorName} has committed `;
  const money = formatMoney(value, 'USD');
  return {
    id: ctx.nextId(),
    eventId: request.eventId,
    date: request.date,
    label: `${request.donorName}: total committed to date`,
    value,
    valueHigh: null,
    currency: 'USD',
    usd: value,
    usdBasis: 'in-text',
    conversion: null,
    donor: request.donor,
    recipient: request.recipient,
    kind: 'total',
    stage: 'cumulative',
    partOf: null,
    cumulative: true,
    bound: ctx.random() < 0.5 ? 'lower' : 'approximate',
    mention: { start: prefix.length, end: prefix.length + money.length },
    citations: [ctx.cite(`${prefix}${money} since February 2022`)],
  };
}
