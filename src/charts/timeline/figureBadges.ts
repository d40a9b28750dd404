import { group } from 'd3-array';
import type { Amount } from '../../data/schema';
import { formatMoney } from '../../model/money';

/**
 * The badge each figure-bearing event carries: its largest figure in US dollars, and how many more it has
 * ("$2.53B +1"). Events without figures get none.
 */
export function figureBadges(amounts: readonly Amount[]): Map<string, string> {
  const badges = new Map<string, string>();
  for (const [eventId, list] of group(amounts, (a) => a.eventId)) {
    const largest = list.reduce((a, b) => (b.usd > a.usd ? b : a));
    const text = formatMoney(largest.usd, 'USD');
    badges.set(eventId, list.length > 1 ? `${text} +${list.length - 1}` : text);
  }
  return badges;
}
