// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../../test/syntheticEvents';
import { groupByDate } from './dateGroups';
import { readableEvents } from './readableEvents';
import { ReadingView } from './ReadingView';

afterEach(cleanup);

const events = readableEvents([
  makeEvent({
    id: 'v',
    date: '2023-09-28',
    kind: 'visit',
    title: 'Stoltenberg visits Kyiv',
    actors: ['nato'],
  }),
  makeEvent({ id: 's', date: '2023-09-28', kind: 'statement', title: 'Kremlin responds' }),
  makeEvent({ id: 'o', date: '2022-02-24', kind: 'military', title: 'Invasion begins' }),
  makeEvent({ id: 'm', date: '2023-09', datePrecision: 'month', kind: 'report', title: 'A report' }),
]);
const groups = groupByDate(events);
const facts = (id: string) => ({
  actors: id === 'v' ? ['NATO'] : [],
  figures: id === 'v' ? ['€2.4B contracted'] : [],
  sources: id === 'v' ? 3 : 1,
});

function renderView(onSelect = vi.fn(), pageSize?: number) {
  render(
    <ReadingView
      events={events.events}
      groups={groups}
      summary="4 events from 24 Feb 2022 to Sep 2023"
      factsOf={(e) => facts(e.id)}
      selectedId="s"
      onSelect={onSelect}
      {...(pageSize === undefined ? {} : { pageSize })}
    />,
  );
  return onSelect;
}

describe('ReadingView', () => {
  it('lists dates as headings, in order, each with its events as cards', () => {
    renderView();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '24 Feb 2022',
      'Sep 2023',
      '28 Sep 2023',
    ]);
    const day = screen.getByRole('list', { name: '28 Sep 2023' });
    const cards = within(day).getAllByRole('button');
    expect(cards.map((c) => c.querySelector('.tl-card-title')?.textContent)).toEqual([
      'Stoltenberg visits Kyiv',
      'Kremlin responds',
    ]);
    expect(cards[0]?.textContent).toContain('Visit');
    expect(cards[0]?.textContent).toContain('NATO');
    expect(cards[0]?.textContent).toContain('€2.4B contracted');
    expect(cards[0]?.textContent).toContain('3 sources');
    expect(cards[1]?.getAttribute('aria-pressed')).toBe('true');
  });

  it('selects an event from its card', () => {
    const onSelect = renderView();
    fireEvent.click(screen.getByRole('button', { name: /Invasion begins/ }));
    expect(onSelect).toHaveBeenCalledWith('o');
  });

  it('lists a page of dates at a time', () => {
    renderView(vi.fn(), 2);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show more dates (1 left)' }));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });
});
