/**
 * How currencies are written in news text: symbols and codes before a number, words and codes after it.
 */

/** Active ISO 4217 codes. */
export const ISO_CODES: ReadonlySet<string> = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD ' +
    'GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT ' +
    'LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR ' +
    'NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP ' +
    'STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF ' +
    'XPF YER ZAR ZMW ZWL'
  ).split(' '),
);

/**
 * Codes that are also ordinary words or common abbreviations when written in capitals ("ALL", "TOP",
 * "SOS"); they count only when written right next to a number with a scale or currency context that
 * cannot be anything else, so they are left out of the code list used for matching.
 */
const WORDLIKE_CODES = new Set([
  'ALL',
  'TOP',
  'CUP',
  'MOP',
  'SOS',
  'PEN',
  'MAD',
  'TRY',
  'BAM',
  'BOB',
  'GEL',
  'NAD',
  'DOP',
]);

export function isCurrencyCode(word: string): boolean {
  return ISO_CODES.has(word) && !WORDLIKE_CODES.has(word);
}

/** Symbols written before a number, longest first so `US$` wins over `$`. */
export const PREFIX_SYMBOLS: readonly (readonly [string, string])[] = [
  ['U.S.$', 'USD'],
  ['USD$', 'USD'],
  ['US$', 'USD'],
  ['$US', 'USD'],
  ['CAD$', 'CAD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AUD$', 'AUD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['SG$', 'SGD'],
  ['S$', 'SGD'],
  ['NT$', 'TWD'],
  ['R$', 'BRL'],
  ['MX$', 'MXN'],
  ['CN¥', 'CNY'],
  ['JP¥', 'JPY'],
  ['SFr.', 'CHF'],
  ['Fr.', 'CHF'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  // The yen sign also writes the yuan; an article about China writes "yuan" or "CN¥" in practice.
  ['¥', 'JPY'],
  ['₽', 'RUB'],
  ['₴', 'UAH'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['₺', 'TRY'],
  ['₸', 'KZT'],
  ['₾', 'GEL'],
  ['₦', 'NGN'],
];

/** Symbols written after a number (`100 zł`, `5 €`). */
export const SUFFIX_SYMBOLS: readonly (readonly [string, string])[] = [
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['€', 'EUR'],
  ['₽', 'RUB'],
  ['₴', 'UAH'],
  ['₹', 'INR'],
  ['₸', 'KZT'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
];

export interface CurrencyWord {
  /** A regular expression source, matched case-insensitively at a word boundary. */
  pattern: string;
  code: string;
  /**
   * Words that mean other things too ("won", "pounds" of explosives): money only with a scale word
   * (`5 billion won`) or a number of at least a thousand.
   */
  weak?: boolean;
  /** A bare crown ("kroner", "crowns"): Norwegian, Danish, Swedish, Icelandic or Czech, as the text says. */
  crown?: boolean;
}

const US = String.raw`(?:US|U\.S\.|American)`;

/** Currency words, qualified forms first so `Canadian dollars` wins over `dollars`. */
export const CURRENCY_WORDS: readonly CurrencyWord[] = [
  { pattern: `${US}\\s+dollars?`, code: 'USD' },
  { pattern: 'Canadian\\s+dollars?', code: 'CAD' },
  { pattern: 'Australian\\s+dollars?', code: 'AUD' },
  { pattern: 'New\\s+Zealand\\s+dollars?', code: 'NZD' },
  { pattern: 'Hong\\s+Kong\\s+dollars?', code: 'HKD' },
  { pattern: 'Singapore\\s+dollars?', code: 'SGD' },
  { pattern: '(?:New\\s+)?Taiwan(?:ese)?\\s+dollars?', code: 'TWD' },
  { pattern: 'dollars?', code: 'USD' },
  { pattern: 'euros?', code: 'EUR' },
  { pattern: 'pounds?\\s+sterling', code: 'GBP' },
  { pattern: 'British\\s+pounds?', code: 'GBP' },
  { pattern: 'sterling', code: 'GBP' },
  { pattern: 'pounds?', code: 'GBP', weak: true },
  { pattern: '(?:Russian\\s+)?(?:rubles?|roubles?)', code: 'RUB' },
  { pattern: '(?:Ukrainian\\s+)?(?:hryvnias?|hryvnyas?|hryvnas?|hryvni)', code: 'UAH' },
  { pattern: '(?:Japanese\\s+)?yen', code: 'JPY' },
  { pattern: 'Norwegian\\s+(?:kroner|krone|crowns?)', code: 'NOK' },
  { pattern: 'Danish\\s+(?:kroner|krone|crowns?)', code: 'DKK' },
  { pattern: 'Swedish\\s+(?:kronor|krona|crowns?)', code: 'SEK' },
  { pattern: 'Icelandic\\s+(?:kronur|krona|crowns?)', code: 'ISK' },
  { pattern: 'Czech\\s+(?:korunas?|koruny|crowns?)', code: 'CZK' },
  { pattern: 'kronor|krona', code: 'SEK' },
  // Bare "kroner" and "crowns" name several currencies: the text around says which (crowns.ts).
  { pattern: 'kroner|krone', code: 'NOK', crown: true },
  { pattern: 'crowns?', code: '', crown: true },
  { pattern: 'korunas?|koruny', code: 'CZK' },
  { pattern: '(?:Polish\\s+)?(?:zlotys?|złotys?|zlotych|złotych|zloty|złoty)', code: 'PLN' },
  { pattern: 'Swiss\\s+francs?', code: 'CHF' },
  { pattern: 'CFA\\s+francs?', code: 'XOF' },
  { pattern: 'francs?', code: 'CHF' },
  { pattern: '(?:Chinese\\s+)?(?:yuan|renminbi)', code: 'CNY' },
  { pattern: 'South\\s+Korean\\s+won', code: 'KRW' },
  { pattern: 'won', code: 'KRW', weak: true },
  { pattern: 'Pakistani\\s+rupees?', code: 'PKR' },
  { pattern: '(?:Indian\\s+)?rupees?', code: 'INR' },
  { pattern: '(?:Turkish\\s+)?liras?', code: 'TRY' },
  { pattern: '(?:new\\s+)?shekels?', code: 'ILS' },
  { pattern: 'forints?', code: 'HUF' },
  { pattern: 'Moldovan\\s+lei', code: 'MDL' },
  { pattern: 'Romanian\\s+lei', code: 'RON' },
  { pattern: 'lei', code: 'RON', weak: true },
  { pattern: 'leva', code: 'BGN', weak: true },
  { pattern: 'riyals?', code: 'SAR' },
  { pattern: 'dirhams?', code: 'AED' },
  { pattern: 'rand', code: 'ZAR', weak: true },
  { pattern: 'reais', code: 'BRL' },
  { pattern: 'pesos', code: 'MXN' },
  { pattern: 'tenge', code: 'KZT' },
  { pattern: 'lari', code: 'GEL', weak: true },
  { pattern: 'manats?', code: 'AZN' },
  // Ukrainian and Russian, in any case ending: `гривень`, `гривні`, `рублів`, `рублей`, `доларів США`.
  { pattern: '(?:гривн|гривен)\\p{L}*|грн', code: 'UAH' },
  { pattern: 'рубл\\p{L}*|руб', code: 'RUB' },
  { pattern: '(?:долар|доллар)\\p{L}*(?:\\s+(?:США|US|USA))?|дол(?=\\.\\s*США)', code: 'USD' },
  { pattern: 'євро|евро', code: 'EUR' },
  { pattern: 'фунт\\p{L}*\\s+стерлінг\\p{L}*|фунт\\p{L}*\\s+стерлинг\\p{L}*', code: 'GBP' },
  { pattern: 'злот\\p{L}*', code: 'PLN' },
  { pattern: 'єн|єни|иен|иена|иены', code: 'JPY' },
  { pattern: 'юан\\p{L}*', code: 'CNY' },
];

/** Nouns after "pounds of" that make it money, not weight ("pounds of funding" vs "pounds of explosives"). */
export const MONEY_NOUNS = new Set([
  'aid',
  'assistance',
  'funding',
  'funds',
  'money',
  'support',
  'investment',
  'investments',
  'spending',
  'loans',
  'grants',
  'contracts',
  'orders',
  'taxpayers',
  "taxpayers'",
  'public',
  'new',
  'extra',
  'additional',
  'humanitarian',
  'financial',
  'economic',
]);
