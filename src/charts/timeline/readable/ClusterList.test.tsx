// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../../test/syntheticEvents';
import { ClusterList } from './ClusterList';
import { itemAt } from './itemAt';

afterEach(cleanup);

const events = Array.from({ length: 5 }, (_, i) =>
  makeEvent({ id: `e${i}`, date: '2023-09-28', title: `Event ${i}` }),
);

function renderList(limit?: number) {
  const handlers = { onSelect: vi.fn(), onClose: vi.fn(), onZoom: vi.fn() };
  render(
    <ClusterList
      events={events}
      heading="5 events, 28 Sep 2023"
      dateOf={() => '28 Sep 2023'}
      {...handlers}
      {...(limit === undefined ? {} : { limit })}
    />,
  );
  return handlers;
}

describe('ClusterList', () => {
  it('lists the events, focuses the first, and selects the one chosen', () => {
    const { onSelect } = renderList();
    expect(screen.getByRole('dialog', { name: '5 events, 28 Sep 2023' })).toBeTruthy();
    const items = screen.getAllByRole('button', { name: /^Event \d/ });
    expect(items).toHaveLength(5);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.click(itemAt(items, 3));
    expect(onSelect).toHaveBeenCalledWith('e3');
  });

  it('closes on Escape and zooms on request', () => {
    const { onClose, onZoom } = renderList();
    fireEvent.keyDown(itemAt(screen.getAllByRole('button', { name: /^Event/ }), 0), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in on these events' }));
    expect(onZoom).toHaveBeenCalledTimes(1);
  });

  it('lists at most `limit` events and says how many more there are', () => {
    renderList(3);
    expect(screen.getAllByRole('button', { name: /^Event \d/ })).toHaveLength(3);
    expect(screen.getByText('2 more: zoom in to reach them.')).toBeTruthy();
  });
});
