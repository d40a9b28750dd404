import { describe, expect, it } from 'vitest';
import { actionLabel, menuGroups, statusText } from './menuModel';

const state = {
  target: 'timeline' as const,
  scale: 2,
  theme: 'screen' as const,
  imageBlocked: null,
  dataBlocked: null,
  noCopy: null,
};
const keys = (groups: ReturnType<typeof menuGroups>) => groups.flatMap((g) => g.items.map((i) => i.key));

describe('menuGroups', () => {
  it('offers a chart’s own table, and both tables on the dashboard', () => {
    expect(keys(menuGroups(state))).toContain('csv-events');
    expect(keys(menuGroups(state))).not.toContain('csv-figures');
    expect(keys(menuGroups({ ...state, target: 'figures' }))).toEqual(
      expect.arrayContaining(['csv-figures', 'json']),
    );
    expect(keys(menuGroups({ ...state, target: 'dashboard' }))).toEqual(
      expect.arrayContaining(['csv-events', 'csv-figures']),
    );
  });

  it('checks the chosen size and colours, and says why an item cannot be used', () => {
    const groups = menuGroups({ ...state, scale: 3, imageBlocked: 'An export is running.' });
    const items = groups.flatMap((g) => g.items);
    expect(items.find((i) => i.key === 'scale-3')?.checked).toBe(true);
    expect(items.find((i) => i.key === 'theme-screen')?.checked).toBe(true);
    expect(items.find((i) => i.key === 'png')).toMatchObject({
      label: 'Download PNG (3x)',
      unavailable: 'An export is running.',
    });
    expect(items.find((i) => i.key === 'json')?.unavailable).toBeNull();
  });
});

describe('status words', () => {
  it('names the action and the step', () => {
    expect(actionLabel({ kind: 'png', scale: 2 })).toBe('PNG 2x');
    expect(actionLabel({ kind: 'csv', table: 'events' })).toBe('CSV');
    const progress = { step: 'drawing the image', done: 1, total: 4 };
    expect(statusText({ state: 'busy', label: 'PNG 2x', progress })).toBe(
      'Exporting PNG 2x: drawing the image…',
    );
    expect(statusText({ state: 'error', message: 'No chart.' })).toBe('Export failed: No chart.');
    expect(statusText({ state: 'idle' })).toBe('');
  });
});
