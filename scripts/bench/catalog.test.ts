import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBudgets } from './budgets';
import { measureBase } from './catalog';
import { INPUT_FLOOR_IDS } from './inputFloor';
import { INTERACTION_KEYS } from './interactionResults';
import { LOAD_KEYS, OWN_FILE_KEY } from './loadResults';

describe('measureBase', () => {
  it('names a measure from its id, with its group and unit', () => {
    expect(measureBase('node.filter.text.100k')).toEqual({
      id: 'node.filter.text.100k',
      label: 'Filter selectors in Node, no rendering (text search), 100k events',
      group: 'node',
      unit: 'ms',
    });
    expect(measureBase('browser.firstRender.seed').label).toBe(
      'First render, dataset shipped with the app: navigation to the first painted frame with event marks, seed data',
    );
    expect(measureBase('browser.jsBeforeMarks.100k')).toMatchObject({
      label: 'JavaScript fetched before the first marks (page + workers), gzip, 100k events',
      unit: 'bytes',
    });
    expect(measureBase('browser.heapAllThreads.10k').unit).toBe('MB');
    expect(measureBase('browser.timelineNodes.100k').unit).toBe('elements');
  });

  it('refuses ids it does not know', () => {
    expect(() => measureBase('node.filter.colour.100k')).toThrow('Unknown filter measure');
    expect(() => measureBase('browser.scroll.10k')).toThrow('Unknown measure "browser.scroll.10k"');
    expect(() => measureBase('browser.firstRender')).toThrow('Unknown measure');
  });

  it('knows every measure bench/budgets.json sets a budget on, in the budget’s unit', () => {
    const budgets = parseBudgets(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8'));
    expect(budgets.length).toBeGreaterThan(0);
    for (const budget of budgets) expect(measureBase(budget.id).unit).toBe(budget.unit);
  });

  it('knows every measure the browser suite takes, at every size', () => {
    for (const key of [...LOAD_KEYS, OWN_FILE_KEY, ...INTERACTION_KEYS, 'exportPng2x', 'exportSvg'])
      for (const size of ['seed', '1k', '10k', '100k'])
        expect(measureBase(`browser.${key}.${size}`).group).toBe('browser');
  });

  it('names the input floor by the page it is measured on', () => {
    expect(INPUT_FLOOR_IDS.map((id) => measureBase(id).label)).toEqual([
      'Input floor, zoom step (Ctrl + wheel): input event to painted frame, a page that only moves one rectangle',
      'Input floor, pan step (drag): input event to painted frame, a page that only moves one rectangle',
    ]);
  });

  it('says the bytes of every file before the first marks are counted, compressed as a host would', () => {
    expect(measureBase('browser.allBeforeMarks.seed')).toMatchObject({
      label: 'Every byte fetched before the first marks (JS and CSS gzip, the rest as served), seed data',
      unit: 'bytes',
    });
  });
});
