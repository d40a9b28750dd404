// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetContext } from '../../data/DatasetContext';
import type { Amount } from '../../data/schema';
import { resetAppState, useAppStore } from '../../state/store';
import { formatAmountLabel } from '../../model/money';
import { datasetLookups } from '../../model/lookups';
import { withoutSourceIds } from '../../model/provenance';
import { bundled, figures } from '../../test/bundledDataset';
import { AmountDetails } from './AmountDetails';

function renderCard(amount: Amount) {
  return render(
    <DatasetContext.Provider value={bundled}>
      <AmountDetails amount={amount} />
    </DatasetContext.Provider>,
  );
}

/** A button whose accessible name starts with a figure's label and value. */
const figureButton = (amount: Amount) =>
  screen.getByRole('button', { name: `${amount.label} ${formatAmountLabel(amount)}` });

describe('AmountDetails (the provenance card)', () => {
  beforeEach(() => {
    resetAppState();
  });
  afterEach(() => {
    cleanup();
  });

  it('walks from the quote, with the number marked, to the USD value and the flag', () => {
    const orders = figures.natoOrders;
    const flags = bundled.flags.filter((f) => f.refs.includes(orders.id));
    const { container } = renderCard(orders);
    const steps = [...container.querySelectorAll('[data-step]')].map((li) => li.getAttribute('data-step'));
    expect(steps).toEqual(['quote', 'parsed', 'conversion', 'usd', 'flags']);
    expect(container.querySelector('.provenance-quote mark')?.textContent).toBe('1 billion euros');
    expect(container.querySelector('[data-step="conversion"]')?.textContent).toContain(
      `written in the text: ${orders.conversion?.text ?? ''}`,
    );
    for (const flag of flags) {
      expect(container.querySelector('[data-step="flags"]')?.textContent).toContain(
        withoutSourceIds(flag.message, datasetLookups(bundled).sourcesById),
      );
    }
    expect(
      screen.getByText(flags.length === 1 ? /This figure has a flag/ : /This figure has \d+ flags/),
    ).toBeTruthy();
  });

  it('links a part to its whole and the whole to its parts', () => {
    const { natoOrders: part, natoContracts: whole } = figures;
    renderCard(part);
    fireEvent.click(figureButton(whole));
    expect(useAppStore.getState().selection).toMatchObject({ amountId: whole.id, eventId: whole.eventId });
    cleanup();
    renderCard(whole);
    expect(figureButton(part)).toBeTruthy();
  });

  it('names the rate, its date and series for a converted figure', () => {
    const total = figures.natoTotal;
    const { container } = renderCard(total);
    const conversion = container.querySelector('[data-step="conversion"]');
    const { rate, rateDate, series } = total.conversion ?? { rate: 0, rateDate: null, series: '' };
    expect(conversion?.textContent).toContain(`rate ${rate} USD per EUR on ${rateDate ?? ''} (${series})`);
    expect(container.querySelector('[data-step="parsed"]')?.textContent).toContain('a lower bound');
  });

  it('adds the figure to the comparison and shows the ratio once there are two', () => {
    const { russiaBudget: budget, usPackage } = figures;
    renderCard(budget);
    const compare = screen.getByRole('button', { name: 'Compare' });
    fireEvent.click(compare);
    expect(useAppStore.getState().selection.compare).toEqual([budget.id]);
    expect(compare.getAttribute('aria-pressed')).toBe('true');
    act(() => {
      useAppStore.getState().setCompare([budget.id, usPackage.id]);
    });
    const card = screen.getByRole('region', { name: budget.label });
    expect(within(card).getByText(/is about 340 times/)).toBeTruthy();
  });
});
