import { describe, expect, it } from 'vitest';
import type { Amount } from '../../data/schema';
import { figureBadges } from './figureBadges';

const amount = (id: string, eventId: string, usd: number): Amount => ({
  id,
  eventId,
  date: '2023-09-28',
  label: id,
  value: usd,
  currency: 'USD',
  usd,
  usdBasis: 'in-text',
  donor: 'united-states',
  recipient: 'ukraine',
  kind: 'package',
  stage: 'announced',
  cumulative: false,
  bound: 'exact',
  citations: [{ source: 's', quote: 'q', start: 0, end: 1 }],
});

describe('figureBadges', () => {
  it('shows the figure of an event in US dollars, in a few characters', () => {
    expect(figureBadges([amount('a', 'pkg', 325_000_000)]).get('pkg')).toBe('$325M');
  });

  it('shows the largest figure of an event and how many more it has', () => {
    const badges = figureBadges([
      amount('a', 'nato', 1_540_000_000),
      amount('b', 'nato', 2_530_000_000),
      amount('c', 'other', 35_400_000_000),
    ]);
    expect(badges.get('nato')).toBe('$2.53B +1');
    expect(badges.get('other')).toBe('$35.4B');
    expect(badges.has('none')).toBe(false);
  });
});
