import { describe, expect, it } from 'vitest';
import { dayToIso, eventDaySpan, parseIsoDay, parsePartialDate } from './dateSpan';

const iso = (span: { start: number; end: number } | null) =>
  span === null ? null : [dayToIso(span.start), dayToIso(span.end)];

describe('parsePartialDate', () => {
  it('gives the days a day, a month or a year covers', () => {
    expect(iso(parsePartialDate('2023-09-28'))).toEqual(['2023-09-28', '2023-09-28']);
    expect(iso(parsePartialDate('2023-09'))).toEqual(['2023-09-01', '2023-09-30']);
    expect(iso(parsePartialDate('2024-02'))).toEqual(['2024-02-01', '2024-02-29']);
    expect(iso(parsePartialDate('2023-02'))).toEqual(['2023-02-01', '2023-02-28']);
    expect(iso(parsePartialDate('2023'))).toEqual(['2023-01-01', '2023-12-31']);
  });

  it('agrees with Date.UTC across centuries', () => {
    for (const text of ['1900-03-01', '1970-01-01', '2000-02-29', '2099-12-31', '1969-12-31']) {
      expect(parsePartialDate(text)?.start).toBe(
        Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8)) / 864e5,
      );
    }
  });

  it('rejects dates that do not exist or are not ISO', () => {
    for (const text of [
      '2023-02-29',
      '2023-13',
      '2023-00-10',
      '2023-09-31',
      '23-09-01',
      '2023-9-1',
      '',
      'x',
    ]) {
      expect(parsePartialDate(text), text).toBeNull();
    }
  });
});

describe('parseIsoDay', () => {
  it('reads only full dates', () => {
    expect(parseIsoDay('2023-09-01')).toBe(Date.UTC(2023, 8, 1) / 864e5);
    expect(parseIsoDay('2023-09')).toBeNull();
  });
});

describe('eventDaySpan', () => {
  it('widens a full date by its precision', () => {
    expect(iso(eventDaySpan('2023-09-20', 'day'))).toEqual(['2023-09-20', '2023-09-20']);
    // Wednesday 20 September 2023: its ISO week runs Monday 18 to Sunday 24.
    expect(iso(eventDaySpan('2023-09-20', 'week'))).toEqual(['2023-09-18', '2023-09-24']);
    expect(iso(eventDaySpan('2023-09-18', 'week'))).toEqual(['2023-09-18', '2023-09-24']);
    expect(iso(eventDaySpan('2023-09-24', 'week'))).toEqual(['2023-09-18', '2023-09-24']);
    expect(iso(eventDaySpan('1969-12-31', 'week'))).toEqual(['1969-12-29', '1970-01-04']);
    expect(iso(eventDaySpan('2023-09-20', 'month'))).toEqual(['2023-09-01', '2023-09-30']);
    expect(iso(eventDaySpan('2023-09-20', 'year'))).toEqual(['2023-01-01', '2023-12-31']);
  });

  it('keeps the span of a partial date whatever the precision says', () => {
    expect(iso(eventDaySpan('2023-09', 'day'))).toEqual(['2023-09-01', '2023-09-30']);
    expect(iso(eventDaySpan('2023', 'month'))).toEqual(['2023-01-01', '2023-12-31']);
  });
});
