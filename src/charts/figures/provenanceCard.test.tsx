// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetContext } from '../../data/DatasetContext';
import type { Dataset } from '../../data/schema';
import { resetAppState, useAppStore } from '../../state/store';
import { AmountDetails } from '../../ui/details/AmountDetails';
import { TEST_AMOUNTS, TEST_DATASET } from './testData';

const dataset: Dataset = {
  schemaVersion: 1,
  title: 'test',
  sources: [
    { id: 'src-a', file: 'a.txt', title: 'NATO chief in Kyiv', published: '2023-09-29', outlet: 'ANI' },
  ],
  events: [],
  amounts: TEST_AMOUNTS,
  ...TEST_DATASET,
};

function renderCard(id: string) {
  const amount = TEST_AMOUNTS.find((a) => a.id === id);
  if (amount === undefined) throw new Error(`no test amount ${id}`);
  return render(
    <DatasetContext.Provider value={dataset}>
      <AmountDetails amount={amount} />
    </DatasetContext.Provider>,
  );
}

describe('AmountDetails (the provenance card)', () => {
  beforeEach(() => {
    resetAppState();
  });
  afterEach(() => {
    cleanup();
  });

  it('walks from the quote, with the number marked, to the USD value and the flag', () => {
    const { container } = renderCard('nato-orders-1b');
    const steps = [...container.querySelectorAll('[data-step]')].map((li) => li.getAttribute('data-step'));
    expect(steps).toEqual(['quote', 'parsed', 'conversion', 'usd', 'flags']);
    expect(container.querySelector('.provenance-quote mark')?.textContent).toBe('1 billion euros');
    expect(container.querySelector('[data-step="conversion"]')?.textContent).toContain(
      'written in the text: USD 1.54 billion',
    );
    expect(container.querySelector('[data-step="flags"]')?.textContent).toContain(
      'far from the rate of the day',
    );
    expect(screen.getByText(/This figure has a flag/)).toBeTruthy();
  });

  it('links a part to its whole and the whole to its parts', () => {
    renderCard('nato-orders-1b');
    const whole = screen.getByRole('button', {
      name: /NATO framework contracts for ammunition €2.4B ≈ \$2.53B/,
    });
    fireEvent.click(whole);
    expect(useAppStore.getState().selection).toMatchObject({
      amountId: 'nato-contracts-2-4b',
      eventId: 'event-b',
    });
    cleanup();
    renderCard('nato-contracts-2-4b');
    expect(screen.getByRole('button', { name: /NATO firm ammunition orders €1B ≈ \$1.54B/ })).toBeTruthy();
  });

  it('names the rate, its date and series for a converted figure', () => {
    const { container } = renderCard('nato-total-150b');
    const conversion = container.querySelector('[data-step="conversion"]');
    expect(conversion?.textContent).toContain(
      'rate 1.09 USD per EUR on 2023-04-20 (IMF representative rates)',
    );
    expect(container.querySelector('[data-step="parsed"]')?.textContent).toContain('a lower bound');
  });

  it('adds the figure to the comparison and shows the ratio once there are two', () => {
    renderCard('russia-budget-2024');
    const compare = screen.getByRole('button', { name: 'Compare' });
    fireEvent.click(compare);
    expect(useAppStore.getState().selection.compare).toEqual(['russia-budget-2024']);
    expect(compare.getAttribute('aria-pressed')).toBe('true');
    act(() => {
      useAppStore.getState().setCompare(['russia-budget-2024', 'us-package-325m']);
    });
    const card = screen.getByRole('region', { name: 'Russian military budget for 2024' });
    expect(within(card).getByText(/is about 340 times/)).toBeTruthy();
  });
});
