import { describe, expect, it } from 'vitest';
import { makeEvent } from '../test/syntheticEvents';
import { DAY_MS, formatWindow } from './dates';
import {
  CALENDAR_SPAN,
  spansInvasion,
  dateFilterWindow,
  eventsTimeDomain,
  eventsTimeExtent,
  fitTimeDomain,
} from './timeDomain';

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

describe('events at the ends of the calendar', () => {
  const events = [
    makeEvent({ id: 'first', date: '0001-01-01' }),
    makeEvent({ id: 'last', date: '9999-12-31' }),
  ];

  it('pads no further than years 0001 and 9999', () => {
    expect(eventsTimeDomain(events)).toEqual(CALENDAR_SPAN);
  });

  it('reads "0001 – 9999" as a window, where it once read "1658 - 0242"', () => {
    const [start, end] = eventsTimeDomain(events);
    expect(formatWindow(start, end)).toBe('0001 – 9999');
  });

  it('still pads an extent that ends well inside the calendar', () => {
    const domain = eventsTimeDomain([
      makeEvent({ id: 'a', date: '0001-06-01' }),
      makeEvent({ id: 'b', date: '2023' }),
    ]);
    expect(domain[0]).toBe(CALENDAR_SPAN[0]);
    expect(domain[1]).toBeGreaterThan(day('2024-01-01'));
  });
});

describe('dateFilterWindow', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const domain: [number, number] = [day('2022-01-01'), day('2025-01-01')];

  it('runs from the start of the first date to the end of the last', () => {
    expect(dateFilterWindow('2023-09-01', '2023-09-30', domain)).toEqual([
      day('2023-09-01'),
      day('2023-10-01'),
    ]);
    expect(dateFilterWindow('2023-09-28', '2023-09-28', domain)).toEqual([
      day('2023-09-28'),
      day('2023-09-29'),
    ]);
  });

  it('takes the domain’s end on an open side', () => {
    expect(dateFilterWindow('2023-09-01', null, domain)).toEqual([day('2023-09-01'), domain[1]]);
    expect(dateFilterWindow(null, '2023-09-30', domain)).toEqual([domain[0], day('2023-10-01')]);
  });

  it('stays inside the domain', () => {
    expect(dateFilterWindow('2021-06-01', '9999-12-31', domain)).toEqual(domain);
    expect(dateFilterWindow(null, '9999-12-31', domain)).toEqual(domain);
  });

  it('is null with no dates, a date that is not a full ISO date, or an empty range', () => {
    expect(dateFilterWindow(null, null, domain)).toBeNull();
    expect(dateFilterWindow('2023-09', null, domain)).toBeNull();
    expect(dateFilterWindow(null, '2023-02-30', domain)).toBeNull();
    expect(dateFilterWindow('2026-01-01', null, domain)).toBeNull();
  });
});

describe('spansInvasion', () => {
  it('holds the invasion’s date inside a span and at its ends, not outside', () => {
    const day = Date.UTC(2022, 1, 24);
    expect(spansInvasion([Date.UTC(2022, 0, 1), Date.UTC(2022, 11, 31)])).toBe(true);
    expect(spansInvasion([day, day + 1])).toBe(true);
    expect(spansInvasion([day - 1, day])).toBe(true);
    expect(spansInvasion([day + 1, Date.UTC(2024, 0, 1)])).toBe(false);
  });
});
