// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOfEvents } from '../data/eventText';
import { bundled } from '../test/bundledDataset';
import { heldTextSource, WithText } from '../test/heldText';
import { resetAppState, useAppStore } from './store';
import { foldText } from './searchText';
import { useFilteredView } from './useFilteredView';

const fold = (text: string) => foldText(text).split(/\s+/);

/** A word of some event's summary that no title holds, and the events whose text holds it. */
function summaryOnlyWord(): { word: string; events: string[] } {
  const inTitles = new Set(bundled.events.flatMap((e) => fold(e.title)));
  for (const event of bundled.events)
    for (const word of fold(event.summary))
      if (word.length > 4 && !inTitles.has(word) && /^[a-z]+$/.test(word)) {
        const events = bundled.events
          .filter((e) =>
            fold([e.title, e.summary, ...e.citations.map((c) => c.quote)].join(' ')).some((w) =>
              w.includes(word),
            ),
          )
          .map((e) => e.id);
        return { word, events };
      }
  throw new Error('every word of every summary is in a title');
}

function Shown() {
  const { events } = useFilteredView();
  return <p data-testid="shown">{events.map((e) => e.id).join(' ')}</p>;
}

beforeEach(resetAppState);
afterEach(cleanup);

describe('a search while the summaries and quotes are read', () => {
  it('asks for them, runs over the titles meanwhile, and runs again over all the text when it arrives', async () => {
    const { word, events } = summaryOnlyWord();
    const { source, release } = heldTextSource();
    useAppStore.getState().setFilters({ text: word });
    render(
      <WithText source={source}>
        <Shown />
      </WithText>,
    );
    expect(source.current()).toEqual({ status: 'loading' });
    expect(screen.getByTestId('shown').textContent).toBe('');
    await act(async () => {
      release(textOfEvents(bundled.events));
      await source.load();
    });
    expect(screen.getByTestId('shown').textContent).toBe(events.join(' '));
    expect(events.length).toBeGreaterThan(0);
  });

  it('reads nothing while nothing is searched', () => {
    const { source } = heldTextSource();
    render(
      <WithText source={source}>
        <Shown />
      </WithText>,
    );
    expect(source.current()).toEqual({ status: 'idle' });
    expect(screen.getByTestId('shown').textContent.split(' ')).toHaveLength(bundled.events.length);
  });
});
