import { describe, expect, it } from 'vitest';
import { exportRange, fileName } from './fileName';

describe('fileName', () => {
  it('names the chart, the dates and the format', () => {
    expect(fileName('figures', 'png', { from: '2023-09-01', to: '2023-12-31' })).toBe(
      'aidline-figures-2023-09-01_2023-12-31.png',
    );
  });

  it('says "all" when no dates are chosen', () => {
    expect(fileName('timeline', 'svg', null)).toBe('aidline-timeline-all.svg');
    expect(fileName('events', 'csv', { from: null, to: null })).toBe('aidline-events-all.csv');
  });

  it('marks an open start or end', () => {
    expect(fileName('figures-time', 'svg', { from: '2023-09-01', to: null })).toBe(
      'aidline-figures-time-2023-09-01_end.svg',
    );
    expect(fileName('data', 'json', { from: null, to: '2024-01-31' })).toBe(
      'aidline-data-start_2024-01-31.json',
    );
  });

  it('refuses a date that would put path characters in the name', () => {
    expect(() => fileName('figures', 'png', { from: '../etc', to: null })).toThrow(
      /"\.\.\/etc" is not an ISO date/,
    );
  });
});

describe('exportRange', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

  it('is the filter range for the figures', () => {
    expect(
      exportRange('figures', { from: '2023-01-01', to: null }, [day('2023-03-01'), day('2023-04-01')]),
    ).toEqual({
      from: '2023-01-01',
      to: null,
    });
  });

  it('is null with no date filter and no zoom', () => {
    expect(exportRange('timeline', { from: null, to: null }, null)).toBeNull();
  });

  it('narrows the timeline to its zoom window', () => {
    expect(
      exportRange('timeline', { from: '2023-01-01', to: '2023-12-31' }, [
        day('2022-06-01'),
        day('2023-06-30'),
      ]),
    ).toEqual({ from: '2023-01-01', to: '2023-06-30' });
    expect(exportRange('timeline', { from: null, to: null }, [day('2022-06-01'), day('2023-06-30')])).toEqual(
      {
        from: '2022-06-01',
        to: '2023-06-30',
      },
    );
  });
});
