import { describe, expect, it } from 'vitest';
import { actionLabel, menuGroups, statusText } from './menuModel';

const state = { target: 'timeline' as const, dataBlocked: null };
const keys = (groups: ReturnType<typeof menuGroups>) => groups.flatMap((g) => g.items.map((i) => i.key));

describe('menuGroups', () => {
  it('opens the image dialog first, then offers a chart’s own table and its embed, and both tables on the dashboard', () => {
    expect(keys(menuGroups(state))).toEqual(['publish', 'csv-events', 'json', 'embed']);
    expect(keys(menuGroups({ ...state, target: 'figures' }))).toEqual([
      'publish',
      'csv-figures',
      'json',
      'embed',
    ]);
    const dashboard = keys(menuGroups({ ...state, target: 'dashboard' }));
    expect(dashboard).toEqual(expect.arrayContaining(['csv-events', 'csv-figures']));
    expect(dashboard).not.toContain('embed');
  });

  it('says why a data export cannot start, and never blocks the image dialog', () => {
    const items = menuGroups({ ...state, dataBlocked: 'An export is running.' }).flatMap((g) => g.items);
    expect(items.find((i) => i.key === 'json')?.unavailable).toBe('An export is running.');
    expect(items.find((i) => i.key === 'publish')?.unavailable).toBeNull();
  });
});

describe('status words', () => {
  it('names the action and the step', () => {
    expect(actionLabel({ kind: 'csv', table: 'events' })).toBe('CSV');
    expect(actionLabel({ kind: 'json' })).toBe('JSON');
    const progress = { step: 'writing the table', done: 0, total: 1 };
    expect(statusText({ state: 'busy', label: 'CSV', progress })).toBe('Exporting CSV: writing the table…');
    expect(statusText({ state: 'error', message: 'No chart.' })).toBe('Export failed: No chart.');
    expect(statusText({ state: 'idle' })).toBe('');
  });
});
