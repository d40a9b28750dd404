// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOfEvents } from '../../data/eventText';
import { TextSource } from '../../data/textSource';
import { datasetLookups } from '../../model/lookups';
import { resetAppState } from '../../state/store';
import { bundled } from '../../test/bundledDataset';
import { heldTextSource, leanBundled, WithText } from '../../test/heldText';
import { EventDetails } from './EventDetails';

const lookups = datasetLookups(leanBundled);
/** An event with a summary and more than one quote, and its place in the dataset. */
const at = bundled.events.findIndex((e) => e.summary !== '' && e.citations.length > 1);
function eventAt<T>(events: readonly T[]): T {
  const event = events[at];
  if (event === undefined) throw new Error('no event with a summary and two quotes');
  return event;
}
const whole = eventAt(bundled.events);
const shown = eventAt(leanBundled.events);

function renderDetails(source: TextSource) {
  return render(
    <WithText source={source}>
      <EventDetails event={shown} lookups={lookups} />
    </WithText>,
  );
}

beforeEach(resetAppState);
afterEach(cleanup);

describe('an event’s details while its summary and quotes are read', () => {
  it('say so, then show the event’s own summary and every quote with its reader', async () => {
    const { source, release } = heldTextSource();
    const { container } = renderDetails(source);
    expect(screen.getByRole('status').textContent).toBe('Loading the summary and quotes…');
    expect(container.querySelectorAll('.ev-quote-pending')).toHaveLength(whole.citations.length);
    expect(screen.queryAllByRole('button', { name: /^Read in source/ })).toHaveLength(0);
    await act(async () => {
      release(textOfEvents(bundled.events));
      await source.load();
    });
    expect(container.querySelector('.ev-summary')?.textContent).toBe(whole.summary);
    const quotes = [...container.querySelectorAll('.ev-quote-mark')].map((q) => q.textContent);
    expect(quotes.sort()).toEqual(whole.citations.map((c) => c.quote).sort());
    expect(screen.getAllByRole('button', { name: /^Read in source/ })).toHaveLength(whole.citations.length);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('say why when they could not be read, and show no text in their place', async () => {
    const source = new TextSource(() =>
      Promise.reject(new Error('data/dataset.text.json is stale, and data/dataset.json holds other events.')),
    );
    const { container } = renderDetails(source);
    await act(async () => {
      await source.load().catch(() => undefined);
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'The summary and quotes could not be loaded. data/dataset.text.json is stale, and data/dataset.json holds other events.',
    );
    expect(container.querySelector('.ev-quote-mark')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(whole.title);
  });
});
