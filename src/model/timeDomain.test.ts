import { describe, expect, it } from 'vitest';
import { makeEvent } from '../test/syntheticEvents';
import { DAY_MS } from './dates';
import { eventsTimeDomain, eventsTimeExtent, fitTimeDomain } from './timeDomain';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('fitTimeDomain', () => {
  it('pads the extent and rounds it out to whole days', () => {
    const [a, b] = fitTimeDomain([day('2022-02-24'), day('2024-11-20')]);
    expect(a % DAY_MS).toBe(0);
    expect(b % DAY_MS).toBe(0);
    expect(a).toBeLessThan(day('2022-02-24') - 20 * DAY_MS);
    expect(b).toBeGreaterThan(day('2024-11-20') + 20 * DAY_MS);
  });

  it('is at least three days for a single day, and has a fallback for no events', () => {
    expect(fitTimeDomain([day('2023-09-28'), day('2023-09-29')])).toEqual([
      day('2023-09-27'),
      day('2023-09-30'),
    ]);
    const [a, b] = fitTimeDomain(null);
    expect(b - a).toBe(3 * DAY_MS);
  });
});

describe('eventsTimeExtent and eventsTimeDomain', () => {
  it('spans from the first start to the last end, or is null', () => {
    expect(eventsTimeExtent([])).toBeNull();
    const events = [
      makeEvent({ id: 'a', date: '2023-02', datePrecision: 'month' }),
      makeEvent({ id: 'b', date: '2023-02-10' }),
    ];
    expect(eventsTimeExtent(events)).toEqual([day('2023-02-01'), day('2023-03-01')]);
    expect(eventsTimeDomain(events)).toEqual(fitTimeDomain([day('2023-02-01'), day('2023-03-01')]));
  });
});
