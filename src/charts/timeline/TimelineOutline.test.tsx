// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { datasetLookups } from '../../model/lookups';
import { bundled } from '../../test/bundledDataset';
import { makeEvent } from '../../test/syntheticEvents';
import { TimelineOutline } from './TimelineOutline';
import type { DateGroup } from './readable/dateGroups';

const DAY = Date.UTC(2023, 8, 28);
const busyDay = (events: number): DateGroup => ({
  key: '2023-09-28/day',
  date: '2023-09-28',
  precision: 'day',
  start: DAY,
  end: DAY + 86_400_000,
  label: '28 Sep 2023',
  events: Array.from({ length: events }, (_, i) => i),
});

describe('TimelineOutline', () => {
  it('lists the first events of a date that holds more than it can list, and counts the rest', () => {
    const events = Array.from({ length: 1000 }, (_, i) =>
      makeEvent({ id: `ev-${String(i)}`, date: '2023-09-28', title: `Event ${String(i)}` }),
    );
    render(
      <TimelineOutline
        events={events}
        groups={[busyDay(1000)]}
        range={[DAY - 86_400_000, DAY + 2 * 86_400_000]}
        lookups={datasetLookups(bundled)}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1 + 150);
    expect(screen.getByText('850 more events on this date: use the table.')).toBeTruthy();
  });
});
