/**
 * Numbers as news writes them: `1,000,000`, `1.5`, `4,5` (decimal comma), `€1.000.000`, `1 200 000`
 * (grouped with no-break spaces), each with an optional scale (`billion`, `bn`, `B`, `-billion`, and
 * the Ukrainian and Russian `млн`, `млрд`, `трлн`, `тис.`, `тыс.`, `мільярд`, `миллиардов`), and
 * spelled-out amounts such as `a billion`.
 */
export interface Scale {
  text: string;
  start: number;
  end: number;
  /** Power of ten: 9 for billion. */
  exponent: number;
  /** `word` (billion), `abbreviation` (bn, mn) or `letter` (B, m, k: only written right after digits). */
  kind: 'word' | 'abbreviation' | 'letter';
}

export interface NumberToken {
  /** Start of the numeral. */
  start: number;
  /** End of the numeral and its scale. */
  end: number;
  /** The numeral as written. */
  numeral: string;
  /** The numeral as a plain decimal string (`1,000.5` -> `1000.5`), for exact scaling. */
  plain: string;
  /** The numeral without its scale, as a plain number. */
  base: number;
  /** The numeral with its scale applied. */
  value: number;
  scale: Scale | null;
  /** Spelled out (`a billion`, `two million`). */
  spelled: boolean;
  /** Written with a decimal comma (`4,5`): only money when a scale or a currency makes that clear. */
  decimalComma: boolean;
  /** A letter is written right before the digits (`EUR2.4bn`, `F16`). */
  afterLetter: boolean;
  /** Letters follow the numeral that are not a scale (`13th`, `155mm`). */
  beforeLetter: boolean;
}

const SCALE_EXPONENTS: Record<string, number> = {
  thousand: 3,
  k: 3,
  lakh: 5,
  million: 6,
  m: 6,
  mn: 6,
  mln: 6,
  mio: 6,
  mil: 6,
  mm: 6,
  crore: 7,
  cr: 7,
  'lakh crore': 12,
  billion: 9,
  milliard: 9,
  b: 9,
  bn: 9,
  bln: 9,
  bil: 9,
  mrd: 9,
  mld: 9,
  mlrd: 9,
  trillion: 12,
  t: 12,
  tn: 12,
  trn: 12,
  tril: 12,
};

const SCALE_WORD =
  /^(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0])?(thousand|million|billion|milliard|trillion|lakh[ \u00a0]+crore|crore|lakh)s?(?![\p{L}])/iu;
const SCALE_ABBREVIATION =
  /^[ \u00a0]?(mn|mln|bn|bln|bil|tn|trn|tril|mio|mrd|mlrd|mld|mil|cr)(?![\p{L}\p{N}])/iu;
// Ukrainian and Russian: the words in any case ending (`мільярдів`, `миллиона`, `тисячі`) and the
// abbreviations, with their dot when written (`тис.`, `млн.`).
const SCALE_CYRILLIC =
  /^[ \u00a0]?(тис\.|тыс\.|тис|тыс|млн\.?|млрд\.?|трлн\.?|тисяч\p{L}*|тысяч\p{L}*|мільйон\p{L}*|миллион\p{L}*|мільярд\p{L}*|миллиард\p{L}*|трильйон\p{L}*|триллион\p{L}*)(?![\p{L}\p{N}])/iu;
const CYRILLIC_EXPONENTS: readonly (readonly [RegExp, number, Scale['kind']])[] = [
  [/^(?:тис|тыс)/i, 3, 'abbreviation'],
  [/^(?:тисяч|тысяч)/i, 3, 'word'],
  [/^млн/i, 6, 'abbreviation'],
  [/^(?:мільйон|миллион)/i, 6, 'word'],
  [/^млрд/i, 9, 'abbreviation'],
  [/^(?:мільярд|миллиард)/i, 9, 'word'],
  [/^трлн/i, 12, 'abbreviation'],
  [/^(?:трильйон|триллион)/i, 12, 'word'],
];
// A single letter only right after the digits, and `t` only in capitals: `5t` is tonnes.
// `MM` is the financial writing of a million ("$5MM"), in capitals only: `155mm` is a calibre.
const SCALE_LETTER = /^(MM|[kKmMbBT])(?![\p{L}\p{N}])/u;

const NUMERAL =
  /(?<![\p{N}]|[\p{N}][.,\u00a0\u202f])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+,\d{1,2}|\d+(?:\.\d+)?|\.\d+)(?![\p{N}]|[.,\u00a0\u202f]\p{N})/gu;

/** Counts written as words, up to ten: "a", "one" ... "ten". */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const WORD_VALUES: Record<string, number> = {
  ...COUNT_WORDS,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  'one hundred': 100,
  'half a': 0.5,
  'a half': 0.5,
  'a quarter of a': 0.25,
};

const SPELLED =
  /(?<![\p{L}\p{N}])(half a|a half|a quarter of a|a hundred|one hundred|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[ \u00a0-](thousand|million|billion|trillion)(?![\p{L}])/giu;

/** The numeral as a plain decimal string (`1,000,000` -> `1000000`, `4,5` -> `4.5`). */
export function plainNumeral(numeral: string): { plain: string; decimalComma: boolean } {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(numeral))
    return { plain: numeral.replace(/,/g, ''), decimalComma: false };
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(numeral))
    return { plain: numeral.replace(/\./g, '').replace(',', '.'), decimalComma: false };
  if (/^\d{1,3}([\u00a0\u202f]\d{3})+(,\d{1,2})?$/.test(numeral))
    return { plain: numeral.replace(/[\u00a0\u202f]/g, '').replace(',', '.'), decimalComma: false };
  if (/^\d+,\d{1,2}$/.test(numeral)) return { plain: numeral.replace(',', '.'), decimalComma: true };
  return { plain: numeral, decimalComma: false };
}

/** Exact decimal scaling: `111.15` x 10^9 is 111150000000, not 111150000000.00002. */
export function scaleValue(plain: string, exponent: number): number {
  return Number(`${plain}e${exponent}`);
}

function cyrillicScaleAt(text: string, at: number): Scale | null {
  const match = SCALE_CYRILLIC.exec(text.slice(at, at + 24));
  const unit = match?.[1];
  if (!match || unit === undefined) return null;
  const found = CYRILLIC_EXPONENTS.find(([stem]) => stem.test(unit));
  if (!found) return null;
  const end = at + match[0].length;
  return { text: unit, start: end - unit.length, end, exponent: found[1], kind: found[2] };
}

export function scaleAt(text: string, at: number): Scale | null {
  const cyrillic = cyrillicScaleAt(text, at);
  if (cyrillic) return cyrillic;
  const rest = text.slice(at, at + 16);
  const word = SCALE_WORD.exec(rest);
  const abbreviation = word ? null : SCALE_ABBREVIATION.exec(rest);
  const letter = word || abbreviation ? null : SCALE_LETTER.exec(rest);
  const match = word ?? abbreviation ?? letter;
  const unit = match?.[1];
  if (!match || unit === undefined) return null;
  const exponent = SCALE_EXPONENTS[unit.toLowerCase().replace(/[ \u00a0]+/g, ' ')];
  if (exponent === undefined) return null;
  const end = at + match[0].length;
  const start = end - match[0].length + match[0].indexOf(unit);
  return {
    text: text.slice(start, end),
    start,
    end,
    exponent,
    kind: word ? 'word' : abbreviation ? 'abbreviation' : 'letter',
  };
}

export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMERAL)) {
    const start = match.index;
    const numeral = match[0];
    const numberEnd = start + numeral.length;
    const scale = scaleAt(text, numberEnd);
    const { plain, decimalComma } = plainNumeral(numeral);
    const base = Number(plain);
    const value = scale ? scaleValue(plain, scale.exponent) : base;
    // A run of hundreds of digits is not an amount: its value is not even a finite number.
    if (!Number.isFinite(value)) continue;
    const end = scale ? scale.end : numberEnd;
    tokens.push({
      start,
      end,
      numeral,
      plain,
      base,
      value,
      scale,
      spelled: false,
      decimalComma,
      afterLetter: /\p{L}/u.test(text.charAt(start - 1)),
      beforeLetter: !scale && /\p{L}/u.test(text.charAt(numberEnd)),
    });
  }
  for (const match of text.matchAll(SPELLED)) {
    const words = match[1];
    const unit = match[2];
    if (words === undefined || unit === undefined) continue;
    const base = WORD_VALUES[words.toLowerCase().replace(/\s+/g, ' ')];
    const exponent = SCALE_EXPONENTS[unit.toLowerCase()];
    if (base === undefined || exponent === undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({
      start,
      end,
      numeral: words,
      plain: String(base),
      base,
      value: scaleValue(String(base), exponent),
      scale: { text: unit, start: end - unit.length, end, exponent, kind: 'word' },
      spelled: true,
      decimalComma: false,
      afterLetter: false,
      beforeLetter: false,
    });
  }
  return tokens.sort((a, b) => a.start - b.start);
}
