/**
 * Data-quality flags: problems in what the sources say, shown to readers instead of hidden.
 * Each flag names the amounts (and sources) it concerns.
 */
import type { Amount, Flag } from '../../src/data/schema';
import { compareStrings } from './context';
import { writtenConversion, type AmountDetail, type Reading } from './readings';

/** How far a written conversion may stray from the published rate, or from another of the same day. */
export const RATE_TOLERANCE = 0.05;
/** Beyond this, a disagreement is an error rather than a warning. */
export const RATE_ERROR = 0.25;

interface WrittenRate {
  detail: AmountDetail;
  reading: Reading;
  /** USD per unit implied by the written conversion. */
  implied: number;
  text: string;
}

function writtenRates(details: readonly AmountDetail[]): WrittenRate[] {
  const rates: WrittenRate[] = [];
  for (const detail of details) {
    for (const reading of detail.readings) {
      const { mention } = reading;
      const converted = mention.converted;
      if (converted?.currency !== 'USD' || mention.currency === 'USD' || mention.value <= 0) continue;
      rates.push({
        detail,
        reading,
        implied: converted.value / mention.value,
        text: writtenConversion(reading) ?? mention.text,
      });
    }
  }
  return rates;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];
const fmtRate = (rate: number) => String(Number(rate.toPrecision(4)));
const fmtPercent = (ratio: number) => `${Math.round(Math.abs(ratio - 1) * 100)}%`;

function usdText(value: number): string {
  if (value >= 1e12) return `USD ${Number((value / 1e12).toPrecision(3))} trillion`;
  if (value >= 1e9) return `USD ${Number((value / 1e9).toPrecision(3))} billion`;
  if (value >= 1e6) return `USD ${Number((value / 1e6).toPrecision(3))} million`;
  return `USD ${Math.round(value)}`;
}

function severityFor(deviation: number): Flag['severity'] {
  return Math.abs(deviation - 1) > RATE_ERROR ? 'error' : 'warning';
}

/** Written conversions whose implied rate strays from the day's published rate. */
export function conversionVsPublishedFlags(details: readonly AmountDetail[]): Flag[] {
  const flags: Flag[] = [];
  for (const written of writtenRates(details)) {
    const published = written.detail.published;
    if (!published) continue;
    const deviation = written.implied / published.rate;
    if (Math.abs(deviation - 1) <= RATE_TOLERANCE) continue;
    const { amount } = written.detail;
    const { mention, citation } = written.reading;
    const direction = deviation > 1 ? 'higher' : 'lower';
    flags.push({
      id: `conversion-vs-rate-${amount.id}`,
      severity: severityFor(deviation),
      message:
        `"${written.text}" (${citation.source}) implies ${fmtRate(written.implied)} USD/${mention.currency}, ` +
        `${fmtPercent(deviation)} ${direction} than the published rate of ${String(published.rate)} USD/${mention.currency} ` +
        `on ${published.rateDate} (${published.series}); at that rate ${mention.text} is about ` +
        `${usdText(mention.value * published.rate)}.`,
      refs: [amount.id, amount.eventId, citation.source],
    });
  }
  return flags;
}

/**
 * Written conversions of the same currency on the same day that disagree with each other. The one
 * farther from the published rate (or, without one, from the others) is flagged as the likely error.
 */
export function conversionVsSameDayFlags(details: readonly AmountDetail[]): Flag[] {
  const groups = new Map<string, WrittenRate[]>();
  for (const written of writtenRates(details)) {
    const key = `${written.reading.mention.currency} ${written.detail.amount.date}`;
    groups.set(key, [...(groups.get(key) ?? []), written]);
  }
  const flags: Flag[] = [];
  for (const group of groups.values()) {
    for (const written of group) {
      const others = group.filter(
        (o) => o.detail !== written.detail && Math.abs(o.implied / written.implied - 1) > RATE_TOLERANCE,
      );
      if (others.length === 0) continue;
      const reference = written.detail.published?.rate;
      const distance = (w: WrittenRate) =>
        reference === undefined
          ? group.reduce((sum, o) => sum + Math.abs(Math.log(w.implied / o.implied)), 0)
          : Math.abs(Math.log(w.implied / reference));
      // Flag only the outlier of each disagreeing pair.
      const outlierOf = others.filter((o) => distance(written) > distance(o));
      if (outlierOf.length === 0) continue;
      const { amount } = written.detail;
      const { mention } = written.reading;
      const peers = outlierOf
        .map((o) => `"${o.text}" (${o.reading.citation.source}) implies ${fmtRate(o.implied)}`)
        .join('; ');
      flags.push({
        id: `conversion-vs-same-day-${amount.id}`,
        severity: severityFor(written.implied / (outlierOf[0]?.implied ?? written.implied)),
        message:
          `"${written.text}" (${written.reading.citation.source}) implies ${fmtRate(written.implied)} USD/${mention.currency}, ` +
          `but on the same day ${peers} USD/${mention.currency}: this written conversion is the likely error.`,
        refs: unique([amount.id, ...outlierOf.map((o) => o.detail.amount.id)]),
      });
    }
  }
  return flags;
}

/** One figure that sources report with different values or different written conversions. */
export function reportedDifferentlyFlags(details: readonly AmountDetail[]): Flag[] {
  const flags: Flag[] = [];
  for (const { amount, readings } of details) {
    const describe = (r: Reading) => `"${writtenConversion(r) ?? r.mention.text}" (${r.citation.source})`;
    const first = readings[0];
    if (!first) continue;
    const differentValue = readings.filter(
      (r) => r.mention.value !== first.mention.value || r.mention.currency !== first.mention.currency,
    );
    const usdReadings = readings.filter((r) => r.mention.converted?.currency === 'USD');
    const firstUsd = usdReadings[0]?.mention.converted?.value;
    const differentUsd = usdReadings.filter((r) => r.mention.converted?.value !== firstUsd);
    if (differentValue.length === 0 && differentUsd.length === 0) continue;
    const differing = [first, ...differentValue, ...differentUsd].filter((r, i, all) => all.indexOf(r) === i);
    flags.push({
      id: `reported-differently-${amount.id}`,
      severity: 'warning',
      message: `Sources report this figure differently: ${differing.map(describe).join(' vs ')}; the dataset uses the first.`,
      refs: unique([amount.id, ...differing.map((r) => r.citation.source)]),
    });
  }
  return flags;
}

function comparable(a: Amount, b: Amount): { a: number; b: number; unit: string } {
  return a.currency === b.currency
    ? { a: a.value, b: b.value, unit: a.currency }
    : { a: a.usd, b: b.usd, unit: 'USD' };
}

const amountText = (value: number, unit: string) => `${Number((value / 1e9).toPrecision(4))} billion ${unit}`;

/** Parts larger than their whole, and totals smaller than the sum of their known parts. */
export function partWholeFlags(amounts: readonly Amount[]): Flag[] {
  const byId = new Map(amounts.map((a) => [a.id, a]));
  const flags: Flag[] = [];
  const partsOf = new Map<string, Amount[]>();
  for (const part of amounts) {
    const whole = part.partOf == null ? undefined : byId.get(part.partOf);
    if (!whole) continue;
    partsOf.set(whole.id, [...(partsOf.get(whole.id) ?? []), part]);
    const { a, b, unit } = comparable(part, whole);
    if (a > b && whole.bound !== 'lower')
      flags.push({
        id: `part-exceeds-whole-${part.id}`,
        severity: 'error',
        message: `${part.label} (${amountText(a, unit)}) is larger than ${whole.label} (${amountText(b, unit)}), which it is part of.`,
        refs: [part.id, whole.id],
      });
  }
  for (const [wholeId, parts] of partsOf) {
    const whole = byId.get(wholeId);
    if (!whole || parts.length < 2 || whole.bound === 'lower') continue;
    const sameCurrency = parts.every((p) => p.currency === whole.currency);
    const sum = parts.reduce((total, p) => total + (sameCurrency ? p.value : p.usd), 0);
    const total = sameCurrency ? whole.value : whole.usd;
    const unit = sameCurrency ? whole.currency : 'USD';
    if (sum <= total) continue;
    flags.push({
      id: `parts-exceed-total-${whole.id}`,
      severity: 'error',
      message: `${whole.label} (${amountText(total, unit)}) is smaller than the sum of its known parts (${amountText(sum, unit)}).`,
      refs: [whole.id, ...parts.map((p) => p.id)],
    });
  }
  return flags;
}

export function computeFlags(details: readonly AmountDetail[]): Flag[] {
  const amounts = details.map((d) => d.amount);
  return [
    ...conversionVsPublishedFlags(details),
    ...conversionVsSameDayFlags(details),
    ...reportedDifferentlyFlags(details),
    ...partWholeFlags(amounts),
  ].sort((a, b) => compareStrings(a.id, b.id));
}
