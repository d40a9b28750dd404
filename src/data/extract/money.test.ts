import { describe, expect, it } from 'vitest';
import { findMoney } from './money';
import type { MoneyMention } from './types';

interface Brief {
  text: string;
  value: number;
  currency: string;
  valueHigh?: number;
  bound?: string;
  boundText?: string | null;
  carried?: string;
  converted?: Brief;
}

/** The parts of a mention a test cares about, checking on the way that its offsets slice back to it. */
function brief(text: string, m: MoneyMention): Brief {
  expect(text.slice(m.start, m.end)).toBe(m.text);
  if (m.carried) expect(text.slice(m.carried.start, m.carried.end)).toBe(m.carried.text);
  if (m.converted) expect(text.slice(m.converted.start, m.converted.end)).toBe(m.converted.text);
  return {
    text: m.text,
    value: m.value,
    currency: m.currency,
    ...(m.valueHigh !== null && { valueHigh: m.valueHigh }),
    ...(m.bound !== 'exact' && { bound: m.bound, boundText: m.boundText }),
    ...(m.carried && { carried: m.carried.text }),
    ...(m.converted && { converted: brief(text, m.converted) }),
  };
}

const money = (text: string) => findMoney(text).map((m) => brief(text, m));
const one = (text: string) => {
  const found = money(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('findMoney: the seed sentences', () => {
  it('carries "euros" to a bare "65 billion" and reads "more than" as a lower bound', () => {
    const text =
      'the alliance has provided training for thousands of Ukrainian troops and has sent more than 150 billion euros, including 65 billion in military aid, the report said.';
    expect(money(text)).toEqual([
      { text: '150 billion euros', value: 150e9, currency: 'EUR', bound: 'lower', boundText: 'more than' },
      { text: '65 billion', value: 65e9, currency: 'EUR', carried: 'euros' },
    ]);
  });

  it('does not read "up to" in "bringing the total up to" as a bound', () => {
    const text =
      'The Biden administration this week announced a new package of $325 million in military aid to Ukraine, bringing the total up to $35.4 billion since February 2022.';
    expect(money(text)).toEqual([
      { text: '$325 million', value: 325e6, currency: 'USD' },
      { text: '$35.4 billion', value: 35.4e9, currency: 'USD' },
    ]);
  });

  it('nests a conversion in parentheses instead of listing it as a figure', () => {
    const text =
      'Stoltenberg said NATO has framework contracts in place for 2.4 billion euros (USD 2.53 billion) worth of “key ammunition” for Ukraine, including 1 billion euros (USD 1.54 billion) of firm orders, CNN reported.';
    expect(money(text)).toEqual([
      {
        text: '2.4 billion euros',
        value: 2.4e9,
        currency: 'EUR',
        converted: { text: 'USD 2.53 billion', value: 2.53e9, currency: 'USD' },
      },
      {
        text: '1 billion euros',
        value: 1e9,
        currency: 'EUR',
        converted: { text: 'USD 1.54 billion', value: 1.54e9, currency: 'USD' },
      },
    ]);
  });

  it('reads a list of two figures with codes before the numbers', () => {
    const text =
      'Under this, Washington will provide USD 128 million in new security assistance and the Department of Defence will give USD 198 million in arms and equipment under previously directed drawdowns.';
    expect(money(text)).toEqual([
      { text: 'USD 128 million', value: 128e6, currency: 'USD' },
      { text: 'USD 198 million', value: 198e6, currency: 'USD' },
    ]);
  });

  it('reads "almost" as approximate and keeps the exact value of a decimal figure', () => {
    const text =
      'The document said military spending was set to jump by over 68 percent year-on-year to almost 10.8 trillion rubles ($111.15 billion), totaling around 6 percent of GDP.';
    expect(money(text)).toEqual([
      {
        text: '10.8 trillion rubles',
        value: 10_800_000_000_000,
        currency: 'RUB',
        bound: 'approximate',
        boundText: 'almost',
        converted: { text: '$111.15 billion', value: 111_150_000_000, currency: 'USD' },
      },
    ]);
  });
});

describe('findMoney: currencies', () => {
  it.each([
    ['$5 million', 'USD'],
    ['US$5 million', 'USD'],
    ['USD 5 million', 'USD'],
    ['C$5 million', 'CAD'],
    ['A$5 million', 'AUD'],
    ['NZ$5 million', 'NZD'],
    ['€5 million', 'EUR'],
    ['£5 million', 'GBP'],
    ['¥5 million', 'JPY'],
    ['₽5 million', 'RUB'],
    ['₴5 million', 'UAH'],
    ['5 million zł', 'PLN'],
    ['zł5 million', 'PLN'],
    ['EUR 5 million', 'EUR'],
    ['GBP 5 million', 'GBP'],
    ['RUB 5 million', 'RUB'],
    ['UAH 5 million', 'UAH'],
    ['JPY 5 million', 'JPY'],
    ['CAD 5 million', 'CAD'],
    ['AUD 5 million', 'AUD'],
    ['CHF 5 million', 'CHF'],
    ['NOK 5 million', 'NOK'],
    ['SEK 5 million', 'SEK'],
    ['DKK 5 million', 'DKK'],
    ['PLN 5 million', 'PLN'],
    ['CZK 5 million', 'CZK'],
    ['CNY 5 million', 'CNY'],
    ['KRW 5 million', 'KRW'],
    ['INR 5 million', 'INR'],
    ['HUF 5 million', 'HUF'],
    ['5 million RON', 'RON'],
    ['5 million EUR', 'EUR'],
    ['5 million dollars', 'USD'],
    ['5 million US dollars', 'USD'],
    ['5 million U.S. dollars', 'USD'],
    ['5 million Canadian dollars', 'CAD'],
    ['5 million Australian dollars', 'AUD'],
    ['5 million euros', 'EUR'],
    ['5 million euro', 'EUR'],
    ['5 million pounds', 'GBP'],
    ['5 million pounds sterling', 'GBP'],
    ['5 million sterling', 'GBP'],
    ['5 million rubles', 'RUB'],
    ['5 million roubles', 'RUB'],
    ['5 million hryvnias', 'UAH'],
    ['5 million hryvnia', 'UAH'],
    ['5 million yen', 'JPY'],
    ['5 million kroner', 'NOK'],
    ['5 million Norwegian kroner', 'NOK'],
    ['5 million Danish kroner', 'DKK'],
    ['5 million kronor', 'SEK'],
    ['5 million Swedish kronor', 'SEK'],
    ['5 million krone', 'NOK'],
    ['5 million zloty', 'PLN'],
    ['5 million zlotys', 'PLN'],
    ['5 million Swiss francs', 'CHF'],
    ['5 million francs', 'CHF'],
    ['5 million yuan', 'CNY'],
    ['5 million won', 'KRW'],
    ['5 million rupees', 'INR'],
    ['5 million Czech korunas', 'CZK'],
    ['5 million shekels', 'ILS'],
  ])('%s is %s', (text, currency) => {
    expect(one(`It gave ${text} to Kyiv.`)).toMatchObject({ text, value: 5e6, currency });
  });

  it('reads any other ISO code written before or after the number', () => {
    expect(one('Kazakhstan pledged KZT 9 billion.')).toMatchObject({ value: 9e9, currency: 'KZT' });
    expect(one('a grant of 40 million ISK was approved')).toMatchObject({ value: 40e6, currency: 'ISK' });
  });

  it('takes a code written against the digits', () => {
    expect(one('the bank lent EUR2.4bn to the fund')).toMatchObject({
      text: 'EUR2.4bn',
      value: 2.4e9,
      currency: 'EUR',
    });
  });

  it('reads bare "kroner" as Danish in a sentence about Denmark', () => {
    expect(one('Denmark will add 1.7 billion kroner to its fund.')).toMatchObject({ currency: 'DKK' });
  });

  it('reads amounts written with the symbol after the number', () => {
    expect(one('Der Betrag von 5 € wurde gezahlt.')).toMatchObject({
      text: '5 €',
      value: 5,
      currency: 'EUR',
    });
  });

  it('reads spelled-out amounts with a currency word', () => {
    expect(one('It cost a billion dollars.')).toMatchObject({
      text: 'a billion dollars',
      value: 1e9,
      currency: 'USD',
    });
    expect(one('Tokyo gave half a billion yen.')).toMatchObject({ value: 5e8, currency: 'JPY' });
    expect(one('two trillion rubles for the army')).toMatchObject({ value: 2e12, currency: 'RUB' });
  });
});

describe('findMoney: scales and number formats', () => {
  it.each([
    ['$5 thousand', 5e3],
    ['$5k', 5e3],
    ['$5K', 5e3],
    ['$5 million', 5e6],
    ['$5m', 5e6],
    ['$5M', 5e6],
    ['$5mn', 5e6],
    ['$5 mn', 5e6],
    ['$5 mln', 5e6],
    ['$5 billion', 5e9],
    ['$5bn', 5e9],
    ['$5 bn', 5e9],
    ['$5BN', 5e9],
    ['$5B', 5e9],
    ['$5b', 5e9],
    ['$5 trillion', 5e12],
    ['$5tn', 5e12],
    ['$5T', 5e12],
    ['$5 Billion', 5e9],
    ['$5 BILLION', 5e9],
    ['$5-billion', 5e9],
    ['$5billion', 5e9],
    ['$5,000,000', 5e6],
    ['$5,000', 5e3],
    ['$1,234,567.89', 1234567.89],
    ['€5.000.000', 5e6],
  ])('%s is %d', (text, value) => {
    expect(one(`The package of ${text} was approved.`)).toMatchObject({ text, value });
  });

  it('reads a hyphenated scale: "$1.1-billion"', () => {
    expect(one('Canada announced a $1.1-billion package.')).toMatchObject({
      text: '$1.1-billion',
      value: 1.1e9,
    });
  });

  it('reads a hyphenated adjective with a currency word: "a 500-million-euro loan"', () => {
    expect(one('It signed a 500-million-euro loan.')).toMatchObject({
      text: '500-million-euro',
      value: 5e8,
      currency: 'EUR',
    });
  });

  it('reads a decimal comma when a scale makes it unambiguous', () => {
    expect(one('Italy sent $4,5 billion.')).toMatchObject({ text: '$4,5 billion', value: 4.5e9 });
    expect(one('Italy sent €4,500 billion.')).toMatchObject({ value: 4.5e12 });
  });

  it('reads ranges as one figure with two ends', () => {
    expect(one('The plan costs $1-2 billion.')).toMatchObject({
      text: '$1-2 billion',
      value: 1e9,
      valueHigh: 2e9,
    });
    expect(one('The plan costs 1–2 billion euros.')).toMatchObject({
      value: 1e9,
      valueHigh: 2e9,
      currency: 'EUR',
    });
    expect(one('The plan costs $1 to 2 billion.')).toMatchObject({ value: 1e9, valueHigh: 2e9 });
    expect(one('The plan costs $1bn-$2.5bn.')).toMatchObject({
      text: '$1bn-$2.5bn',
      value: 1e9,
      valueHigh: 2.5e9,
    });
    expect(one('It will cost between $1 billion and $2 billion.')).toMatchObject({
      value: 1e9,
      valueHigh: 2e9,
    });
    expect(one('It will cost between 3 and 4 billion euros.')).toMatchObject({
      value: 3e9,
      valueHigh: 4e9,
      currency: 'EUR',
    });
  });

  it('keeps a list as separate figures', () => {
    expect(money('Aid rose from $128 million and $198 million to $1 billion.').map((m) => m.value)).toEqual([
      128e6, 198e6, 1e9,
    ]);
    expect(money('Aid rose from $1 billion to $2 billion a year.').map((m) => m.text)).toEqual([
      '$1 billion',
      '$2 billion',
    ]);
    expect(money('It was cut by €1 billion to €2 billion.').map((m) => m.text)).toEqual([
      '€1 billion',
      '€2 billion',
    ]);
  });
});

describe('findMoney: bounds', () => {
  it.each([
    ['more than', 'lower'],
    ['over', 'lower'],
    ['above', 'lower'],
    ['at least', 'lower'],
    ['in excess of', 'lower'],
    ['upwards of', 'lower'],
    ['no less than', 'lower'],
    ['up to', 'upper'],
    ['as much as', 'upper'],
    ['less than', 'upper'],
    ['under', 'upper'],
    ['no more than', 'upper'],
    ['at most', 'upper'],
    ['about', 'approximate'],
    ['around', 'approximate'],
    ['roughly', 'approximate'],
    ['approximately', 'approximate'],
    ['almost', 'approximate'],
    ['nearly', 'approximate'],
    ['some', 'approximate'],
    ['close to', 'approximate'],
    ['an estimated', 'approximate'],
  ])('"%s" is %s', (word, bound) => {
    expect(one(`The fund holds ${word} $3 billion.`)).toMatchObject({
      text: '$3 billion',
      bound,
      boundText: word,
    });
  });

  it('reads bound words written after the figure', () => {
    expect(one('It costs $3 billion or more.')).toMatchObject({ bound: 'lower', boundText: 'or more' });
    expect(one('It costs $3 billion or so.')).toMatchObject({ bound: 'approximate', boundText: 'or so' });
    expect(one('a $3bn-plus deal')).toMatchObject({ bound: 'lower' });
  });

  it('does not take a verb particle for a bound', () => {
    expect(one('It handed over $3 billion.')).toMatchObject({ text: '$3 billion' });
    expect(one('It handed over $3 billion.')).not.toHaveProperty('bound');
    expect(one('Berlin raised its pledge up to €8 billion.')).not.toHaveProperty('bound');
    expect(one('Berlin raised its pledge by up to €8 billion.')).toMatchObject({ bound: 'upper' });
  });

  it('reads a bound inside a conversion', () => {
    const text = 'Norway set aside NOK 35 billion (about $3.3bn) this year.';
    expect(one(text)).toEqual({
      text: 'NOK 35 billion',
      value: 35e9,
      currency: 'NOK',
      converted: { text: '$3.3bn', value: 3.3e9, currency: 'USD', bound: 'approximate', boundText: 'about' },
    });
  });

  it('reads a conversion written as ", or about"', () => {
    expect(one('It pledged 10 billion kronor, or about $950 million, on Monday.')).toMatchObject({
      currency: 'SEK',
      converted: { text: '$950 million', currency: 'USD', bound: 'approximate' },
    });
  });

  it('keeps a same-currency figure in parentheses as a figure of its own', () => {
    expect(money('It gave $5 billion ($3 billion of it in loans).').map((m) => m.text)).toEqual([
      '$5 billion',
      '$3 billion',
    ]);
  });
});

describe('findMoney: carried currency', () => {
  it('carries the currency of the sentence to a bare scaled number after it', () => {
    expect(money('Germany pledged €7 billion, of which 2 billion for air defence.')).toEqual([
      { text: '€7 billion', value: 7e9, currency: 'EUR' },
      { text: '2 billion', value: 2e9, currency: 'EUR', carried: '€' },
    ]);
  });

  it('carries the currency of the next figure in a list', () => {
    expect(money('Budgets of 2 billion and 3 billion euros were approved.')).toEqual([
      { text: '2 billion', value: 2e9, currency: 'EUR', carried: 'euros' },
      { text: '3 billion euros', value: 3e9, currency: 'EUR' },
    ]);
  });

  it('carries the currency written later in the sentence when none is written before', () => {
    expect(money('Germany pledged a further 2 billion, bringing the total to €10 billion.')).toEqual([
      { text: '2 billion', value: 2e9, currency: 'EUR', carried: '€' },
      { text: '€10 billion', value: 10e9, currency: 'EUR' },
    ]);
  });

  it('does not carry a currency across sentences', () => {
    expect(money('It sent $5 billion. The rest, 3 billion, comes later.').map((m) => m.text)).toEqual([
      '$5 billion',
    ]);
  });

  it('does not carry a currency to what a number counts', () => {
    const text =
      'The EU spent €2 billion on 1.5 million artillery rounds and 300,000 shells for 18 countries.';
    expect(money(text).map((m) => m.text)).toEqual(['€2 billion']);
  });

  it('does not carry a currency to a number without a scale', () => {
    expect(money('It spent $5 billion, including 300 in cash.').map((m) => m.text)).toEqual(['$5 billion']);
  });
});

describe('findMoney: what is not money', () => {
  it.each([
    ['This covers capabilities like 155-millimetre artillery and tank guided missiles.'],
    ['Russia launched 39 drones at Ukraine, 31 of which Kyiv intercepted.'],
    ['Ukraine has strong backing from 31 NATO allies and many partners.'],
    ['The EU will deliver 1.5 million artillery rounds by March.'],
    ['Representatives from more than 165 companies and 18 countries attended.'],
    ['Spending will total around 6 percent of GDP.'],
    ['The 13th package of sanctions was adopted.'],
    ['The war began on Feb. 24, 2022, and escalated in 2023.'],
    ['The talks started at 10:30 and ended at 14:00.'],
    ['Call +1 202-555-0147 or 0800 123 4567 for details.'],
    ['It sent 31 tanks, 20 armoured vehicles and 5,000 trucks.'],
    ['Spending will rise by 1.5 billion this year.'],
    ['The army has 1 million soldiers and 2.4 million reservists.'],
    ['It dropped a 500-pound bomb and 2,000 pounds of explosives.'],
    ['The party won 45 seats; the rand rose 3%.'],
    ['Its F16 and A10 jets flew 2,000 km at 5m altitude.'],
    ['Donors gave billions of dollars worth of weapons.'],
    ['Ukraine exported 1.2 mln tonnes of grain in a week; the vote was 311-112.'],
  ])('%s', (text) => {
    expect(findMoney(text)).toEqual([]);
  });
});

describe('findMoney: offsets', () => {
  it('gives UTF-16 offsets that slice back to the mention, after non-ASCII text', () => {
    const text = '“Ukraine’s fund” — 🇺🇦 got £2.5bn; Україна got ₴40 billion.';
    const found = findMoney(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['£2.5bn', '₴40 billion']);
  });

  it('returns mentions sorted by start', () => {
    const found = findMoney('A: €1bn. B: $2bn, including 1 billion for tanks. C: £3bn.');
    expect(found.map((m) => m.start)).toEqual([...found.map((m) => m.start)].sort((a, b) => a - b));
    expect(found.map((m) => m.currency)).toEqual(['EUR', 'USD', 'USD', 'GBP']);
  });
});
