/**
 * Money labels: compact values in their own currency and in USD ("€2.4B ≈ $2.53B"), bound prefixes
 * ("> €150B", "≈ ₽10.8T") and the sentence that says where a USD value came from.
 */
import type { Amount, Bound } from '../data/schema';

/** Currencies whose narrow symbol names them without ambiguity; others show their code or symbol ("SEK 3B"). */
const NARROW_SYMBOL_CURRENCIES = new Set([
  'USD',
  'EUR',
  'GBP',
  'RUB',
  'UAH',
  'JPY',
  'INR',
  'KRW',
  'ILS',
  'PLN',
  'TRY',
]);

const compactFormats = new Map<string, Intl.NumberFormat>();

function compactFormat(currency: string): Intl.NumberFormat {
  let format = compactFormats.get(currency);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: NARROW_SYMBOL_CURRENCIES.has(currency) ? 'narrowSymbol' : 'symbol',
      notation: 'compact',
      compactDisplay: 'short',
      maximumSignificantDigits: 3,
    });
    compactFormats.set(currency, format);
  }
  return format;
}

/** A value in compact form with its currency: `€2.4B`, `₽10.8T`, `$325M`, `£2.5K`. */
export function formatMoney(value: number, currency: string): string {
  return compactFormat(currency).format(value);
}

const fullNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The whole number with its ISO code: `EUR 2,400,000,000`. */
export function formatMoneyFull(value: number, currency: string): string {
  return `${currency} ${fullNumber.format(value)}`;
}

const BOUND_PREFIXES: Record<Bound, string> = { exact: '', approximate: '≈ ', lower: '> ', upper: '< ' };

/** The sign put in front of a value that is not exact: `> ` (more than), `< ` (less than), `≈ ` (about). */
export function boundPrefix(bound: Bound): string {
  return BOUND_PREFIXES[bound];
}

const BOUND_WORDS: Record<Bound, string> = {
  exact: 'exact',
  approximate: 'approximate (“about”, “almost”)',
  lower: 'a lower bound (“more than”)',
  upper: 'an upper bound (“less than”)',
};

/** What a bound means, in words. */
export function boundWords(bound: Bound): string {
  return BOUND_WORDS[bound];
}

type MoneyFields = Pick<Amount, 'value' | 'valueHigh' | 'currency' | 'usd' | 'bound'>;

/** USD for the upper end of a range, converted the same way as the value. */
export function usdHigh(amount: MoneyFields): number | null {
  const high = amount.valueHigh ?? null;
  if (high === null) return null;
  if (amount.value === 0) return amount.currency === 'USD' ? high : null;
  return (high * amount.usd) / amount.value;
}

function range(low: number, high: number | null, currency: string): string {
  const lowText = formatMoney(low, currency);
  return high === null ? lowText : `${lowText}–${formatMoney(high, currency)}`;
}

/** The value in its own currency with its bound: `> €150B`, `≈ ₽10.8T`, `€1B–€2B`. */
export function formatOriginal(amount: MoneyFields): string {
  return boundPrefix(amount.bound) + range(amount.value, amount.valueHigh ?? null, amount.currency);
}

/** The USD value (with its bound when the value is already in USD): `$2.53B`, `> $35.4B`. */
export function formatUsd(amount: MoneyFields): string {
  const text = range(amount.usd, usdHigh(amount), 'USD');
  return amount.currency === 'USD' ? boundPrefix(amount.bound) + text : text;
}

/** The USD value with its bound's sign, as the charts write it beside a mark: `$325M`, `≈ $111B`, `> $164B`. */
export function formatUsdBound(amount: Pick<Amount, 'usd' | 'bound'>): string {
  return `${boundPrefix(amount.bound)}${formatMoney(amount.usd, 'USD')}`;
}

/** The label of a bar: `€2.4B ≈ $2.53B`, `≈ ₽10.8T ≈ $111B`, or `$325M` for a USD figure. */
export function formatAmountLabel(amount: MoneyFields): string {
  if (amount.currency === 'USD') return formatUsd(amount);
  return `${formatOriginal(amount)} ≈ ${formatUsd(amount)}`;
}

type BasisFields = Pick<Amount, 'currency' | 'usdBasis' | 'conversion'>;

const rateFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 });

/**
 * Where the USD value comes from: `written in the text: USD 2.53 billion`, or
 * `rate 1.0571 USD per EUR on 2023-09-28 (IMF representative rates)`.
 */
export function usdBasisText(amount: BasisFields): string {
  const conversion = amount.conversion ?? null;
  if (amount.usdBasis === 'in-text') {
    if (amount.currency === 'USD') return 'written in the text in US dollars';
    return conversion?.text != null && conversion.text !== ''
      ? `written in the text: ${conversion.text}`
      : 'written in the text';
  }
  if (conversion === null) return 'converted at a published rate (rate not recorded)';
  const when = conversion.rateDate === null ? '' : ` on ${conversion.rateDate}`;
  return `rate ${rateFormat.format(conversion.rate)} USD per ${amount.currency}${when} (${conversion.series})`;
}
