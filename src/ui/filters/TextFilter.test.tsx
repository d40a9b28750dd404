// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOfEvents } from '../../data/eventText';
import { TextSource } from '../../data/textSource';
import { resetAppState } from '../../state/store';
import { bundled } from '../../test/bundledDataset';
import { heldTextSource, WithText } from '../../test/heldText';
import { TextFilter } from './TextFilter';

beforeEach(resetAppState);
afterEach(cleanup);

describe('the search box', () => {
  it('says under the search box that it searches titles only until the text arrives, or why not', async () => {
    const { source, release } = heldTextSource();
    render(
      <WithText source={source}>
        <TextFilter />
      </WithText>,
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
      <WithText source={failing}>
        <TextFilter />
      </WithText>,
    );
    await act(async () => {
      await failing.load().catch(() => undefined);
    });
    expect(screen.getByRole('status').textContent).toMatch(
      /Titles only: the summaries and quotes could not be loaded\. data\/dataset\.text\.json is stale\./,
    );
  });
});
