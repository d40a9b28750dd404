// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetContext, DatasetTextContext } from '../../data/DatasetContext';
import { leanOf, textOfEvents, type DatasetText } from '../../data/eventText';
import { TextSource } from '../../data/textSource';
import { resetAppState } from '../../state/store';
import { bundled } from '../../test/bundledDataset';
import { TextFilter } from './TextFilter';

const lean = leanOf(bundled);

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

function Page({ source, children }: { source: TextSource; children: ReactNode }) {
  return (
    <DatasetContext.Provider value={lean}>
      <DatasetTextContext.Provider value={source}>{children}</DatasetTextContext.Provider>
    </DatasetContext.Provider>
  );
}

beforeEach(resetAppState);
afterEach(cleanup);

describe('the search box', () => {
  it('says under the search box that it searches titles only until the text arrives, or why not', async () => {
    const { source, release } = heldSource();
    render(
      <Page source={source}>
        <TextFilter />
      </Page>,
    );
    const hint = screen.getByRole('status');
    expect(hint.textContent).not.toMatch(/Titles only/);
    act(() => {
      screen.getByRole('searchbox').focus();
    });
    expect(source.current()).toEqual({ status: 'loading' });
    expect(hint.textContent).toMatch(/Titles only until the summaries and quotes have loaded\./);
    await act(async () => {
      release(textOfEvents(bundled.events));
      await source.load();
    });
    expect(hint.textContent).not.toMatch(/Titles only/);

    cleanup();
    const failing = new TextSource(() => Promise.reject(new Error('data/dataset.text.json is stale.')));
    render(
      <Page source={failing}>
        <TextFilter />
      </Page>,
    );
    await act(async () => {
      await failing.load().catch(() => undefined);
    });
    expect(screen.getByRole('status').textContent).toMatch(
      /Titles only: the summaries and quotes could not be loaded\. data\/dataset\.text\.json is stale\./,
    );
  });
});
