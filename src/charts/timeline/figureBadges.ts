import type { Amount } from '../../data/schema';
import { formatMoney } from '../../model/money';

/**
 * The badge each figure-bearing event carries: its largest figure in US dollars, and how many more it has
 * ("$2.53B +1"). Events without figures get none.
 */
export function figureBadges(amounts: readonly Amount[]): Map<string, string> {
  const byEvent = new Map<string, Amount[]>();
  for (const amount of amounts) {
    const list = byEvent.get(amount.eventId);
    if (list === undefined) byEvent.set(amount.eventId, [amount]);
    else list.push(amount);
  }
  const badges = new Map<string, string>();
  for (const [eventId, list] of byEvent) {
    const largest = list.reduce((a, b) => (b.usd > a.usd ? b : a));
    const text = formatMoney(largest.usd, 'USD');
    badges.set(eventId, list.length > 1 ? `${text} +${list.length - 1}` : text);
  }
  return badges;
}
