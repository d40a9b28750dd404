// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetContext, DatasetTextContext } from '../data/DatasetContext';
import { leanOf, textOfEvents, type DatasetText } from '../data/eventText';
import { TextSource } from '../data/textSource';
import { bundled } from '../test/bundledDataset';
import { resetAppState, useAppStore } from './store';
import { foldText } from './searchText';
import { useFilteredView } from './useFilteredView';

const lean = leanOf(bundled);
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

/** A text source that answers when the test says so. */
function heldSource() {
  let answer: (text: DatasetText) => void = () => undefined;
  const source = new TextSource(
    () =>
      new Promise<DatasetText>((resolve) => {
        answer = resolve;
      }),
  );
  const release = (text: DatasetText) => {
    answer(text);
  };
  return { source, release };
}

function Shown() {
  const { events } = useFilteredView();
  return <p data-testid="shown">{events.map((e) => e.id).join(' ')}</p>;
}

function Page({ source, children }: { source: TextSource; children: ReactNode }) {
  return (
    <DatasetContext.Provider value={lean}>
      <DatasetTextContext.Provider value={source}>{children}</DatasetTextContext.Provider>
    </DatasetContext.Provider>
  );
}

beforeEach(resetAppState);
afterEach(cleanup);

describe('a search while the summaries and quotes are read', () => {
  it('asks for them, runs over the titles meanwhile, and runs again over all the text when it arrives', async () => {
    const { word, events } = summaryOnlyWord();
    const { source, release } = heldSource();
    useAppStore.getState().setFilters({ text: word });
    render(
      <Page source={source}>
        <Shown />
      </Page>,
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
    const { source } = heldSource();
    render(
      <Page source={source}>
        <Shown />
      </Page>,
    );
    expect(source.current()).toEqual({ status: 'idle' });
    expect(screen.getByTestId('shown').textContent.split(' ')).toHaveLength(bundled.events.length);
  });
});
