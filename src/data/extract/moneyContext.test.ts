/**
 * Money read from its context: which crown a bare "crowns" is, what a scaled number counts, and
 * traps from wire copy and long-form articles.
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from './money';

/** `text=value CUR` for each mention, checking that offsets slice back. */
function money(text: string): string[] {
  return findMoney(text).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    if (m.carried) expect(text.slice(m.carried.start, m.carried.end)).toBe(m.carried.text);
    const bound = m.bound === 'exact' ? '' : ` ${m.bound}`;
    return `${m.text}=${m.value} ${m.currency}${bound}`;
  });
}

describe('findMoney: bare crowns and kroner', () => {
  it('reads the crown of the country named before the figure in its sentence', () => {
    expect(money('Sweden pledged 7 billion crowns. Czechia gave 3 billion crowns.')).toEqual([
      '7 billion crowns=7000000000 SEK',
      '3 billion crowns=3000000000 CZK',
    ]);
    expect(money('Denmark gave 1.7 billion kroner, Norway 10 billion kroner.')).toEqual([
      '1.7 billion kroner=1700000000 DKK',
      '10 billion kroner=10000000000 NOK',
    ]);
  });

  it('reads the country named after the figure when none is named before it', () => {
    expect(money('A package of 2 billion crowns was approved by the Danish parliament.')).toEqual([
      '2 billion crowns=2000000000 DKK',
    ]);
  });

  it('takes the crown written earlier in the text when the sentence names no country', () => {
    const text =
      'Norway approved NOK 75 billion for Ukraine. The Nordic country will give 15 billion crowns a year.';
    expect(money(text)).toEqual(['NOK 75 billion=75000000000 NOK', '15 billion crowns=15000000000 NOK']);
  });

  it('does not guess the crown of a text that names no country with one', () => {
    expect(money('The club paid 5 million crowns for the player.')).toEqual([]);
    expect(money('The fund holds 5 million kroner.')).toEqual(['5 million kroner=5000000 NOK']);
  });
});

describe('findMoney: what a scaled number counts', () => {
  it('does not read a population as money, even with a currency in the sentence', () => {
    expect(money('Ukraine, a country of 38 million, received $75 billion.')).toEqual([
      '$75 billion=75000000000 USD',
    ]);
    expect(money('A nation of some 40 million needs $40bn a year.')).toEqual(['$40bn=40000000000 USD']);
  });

  it('still carries the currency to a bare figure followed by a comma', () => {
    expect(money('Revenue will be 35 trillion rubles and the deficit 1.6 trillion, or 0.9% of GDP.')).toEqual(
      ['35 trillion rubles=35000000000000 RUB', '1.6 trillion=1600000000000 RUB'],
    );
  });

  it('does not read a price base year as an amount', () => {
    expect(money('Aid was worth $40 billion in 2023 dollars.')).toEqual(['$40 billion=40000000000 USD']);
  });

  it('reads ", about €170m," after a figure in another currency as its conversion', () => {
    const [grant, ...rest] = findMoney('Norway gave a grant of NOK 2 billion, about €170m, for gas.');
    expect(rest).toEqual([]);
    expect(grant).toMatchObject({
      text: 'NOK 2 billion',
      converted: { text: '€170m', bound: 'approximate' },
    });
    expect(money('Germany gave €5 billion, about $2 billion more than the US.')).toEqual([
      '€5 billion=5000000000 EUR',
      '$2 billion=2000000000 USD approximate',
    ]);
  });

  it('does not read an exchange rate as an amount', () => {
    expect(
      money(
        'The yen slid to ¥150 per dollar and the hryvnia to 38 hryvnias to the dollar; aid is $5 billion per year.',
      ),
    ).toEqual(['$5 billion=5000000000 USD']);
  });

  it('reads "mld" and "mlrd" as billions', () => {
    expect(money('Poland signed for 4 mld zł and 2 mlrd euros.')).toEqual([
      '4 mld zł=4000000000 PLN',
      '2 mlrd euros=2000000000 EUR',
    ]);
  });
});

describe('findMoney: traps in wire copy', () => {
  it('takes only the money in a sentence full of other numbers', () => {
    const text =
      'The Army signed contracts worth $128 million and $198 million for HIMARS pods, M1A1 Abrams parts, ' +
      '100,000 155mm rounds a month and 2,000 km of wire, the 13th package from 50 nations, at 10:30 a.m.';
    expect(money(text)).toEqual(['$128 million=128000000 USD', '$198 million=198000000 USD']);
  });

  it('takes nothing from phone numbers, tickers, models and articles of a treaty', () => {
    expect(
      money(
        'Call (703) 697-5131 or +1 703-571-3343. Shares of Lockheed ($LMT) rose 1.2%. ' +
          'F-16 jets, Patriot PAC-3 missiles and Article 5 apply; 2m rounds a year are needed.',
      ),
    ).toEqual([]);
  });

  it('tells "$300m" from "300m rounds" in the same sentence', () => {
    expect(money('Kyiv got $300m while industry makes 300m rounds.')).toEqual(['$300m=300000000 USD']);
  });

  it('reads crore and lakh, the Indian scales, whole: "5 lakh crore" is not 5 lakh', () => {
    expect(money('India offered Rs 500 crore and Rs. 20 lakh.')).toEqual([
      'Rs 500 crore=5000000000 INR',
      'Rs. 20 lakh=2000000 INR',
    ]);
    expect(money('It set aside Rs 5 lakh crore and Rs 500 cr.')).toEqual([
      'Rs 5 lakh crore=5000000000000 INR',
      'Rs 500 cr=5000000000 INR',
    ]);
  });

  it('reads the financial "MM" and "bil" without taking "155mm" for millions', () => {
    expect(money('The fund raised $5MM and $2 bil for 155mm and 155MM shells.')).toEqual([
      '$5MM=5000000 USD',
      '$2 bil=2000000000 USD',
    ]);
  });

  it('carries the currency to a bare figure followed by a money noun', () => {
    expect(money('Of EUR 50 billion, EUR 33 billion are loans and 17 billion grants.')).toEqual([
      'EUR 50 billion=50000000000 EUR',
      'EUR 33 billion=33000000000 EUR',
      '17 billion=17000000000 EUR',
    ]);
  });
});
