import type { Amount, Flag } from '../data/schema';
import { formatMoney, formatOriginal, formatUsd } from './money';

/**
 * A flag in a short plain sentence built from the figures it concerns, in the values the chart labels
 * show ("€1B written as $1.54B; the published rate of 1.054 gives $1.05B"): no quotes, no ids, no
 * rate units. The dataset's compiler names each flag `<kind>-<amount id>`; the kind decides the wording.
 */
export function flagSummary(flag: Flag, amountsById: ReadonlyMap<string, Amount>): string {
  const refs = flag.refs.map((id) => amountsById.get(id)).filter((a): a is Amount => a !== undefined);
  const [first, ...rest] = refs;
  if (first === undefined) return 'a figure is flagged: see the CSV export';
  const written = `${formatOriginal(first)} written as ${formatUsd(first)}`;
  if (flag.id.startsWith('conversion-vs-rate-')) {
    const published = publishedRate(flag.message);
    return published === null
      ? `${written}, far from the published exchange rate`
      : `${written}; the published rate of ${rate(published)} gives ${formatMoney(first.value * published, 'USD')}`;
  }
  if (flag.id.startsWith('conversion-vs-same-day-')) {
    const peer = rest[0];
    if (peer === undefined) return `${written}, unlike other figures of that day`;
    const peerRate = peer.usd / peer.value;
    return (
      `${written}; the same day ${formatOriginal(peer)} is written as ${formatUsd(peer)}, ` +
      `a rate that gives ${formatMoney(first.value * peerRate, 'USD')}`
    );
  }
  if (flag.id.startsWith('reported-differently-')) {
    return `sources give ${formatOriginal(first)} differently; the chart uses the first`;
  }
  if (flag.id.startsWith('part-exceeds-whole-') && rest[0] !== undefined) {
    return `${formatUsd(first)} is more than ${formatUsd(rest[0])}, the whole it is part of`;
  }
  if (flag.id.startsWith('parts-exceed-total-') && rest.length > 0) {
    const sum = rest.reduce((total, part) => total + part.usd, 0);
    return `the parts of ${formatUsd(first)} add up to more: ${formatMoney(sum, 'USD')}`;
  }
  // A flag of another kind says it in its own words, when they are short and plain.
  const own = flag.message.trim().replace(/\.$/, '');
  return own.length <= MAX_OWN_WORDS && !/["“”]|\w+-\w+-\w+/.test(own)
    ? `${formatOriginal(first)}: ${own.charAt(0).toLowerCase()}${own.slice(1)}`
    : `${formatOriginal(first)} is flagged: the CSV export says why`;
}

const MAX_OWN_WORDS = 80;

const rate = (r: number) => String(Number(r.toPrecision(4)));

/** The published rate a conversion flag compares against, as the compiler writes it. */
function publishedRate(message: string): number | null {
  const match = /published rate of ([0-9.]+)/.exec(message);
  const value = match === null ? NaN : Number(match[1]);
  return Number.isFinite(value) && value > 0 ? value : null;
}
