import { describe, expect, it } from 'vitest';
import { millionTable, summarizeLongTasks, type LongTask } from './longTasks';

const tasks: LongTask[] = [
  [100, 900],
  [1000, 250],
  [1500, 60],
  [5000, 120],
  [6000, 210],
];

describe('summarizeLongTasks', () => {
  it('counts the tasks that start in the span and those over the limit', () => {
    expect(summarizeLongTasks(tasks, 200, 1000, 5000)).toEqual({ count: 2, over: [250], longestMs: 250 });
    expect(summarizeLongTasks(tasks, 200, 5000)).toEqual({ count: 2, over: [210], longestMs: 210 });
    expect(summarizeLongTasks([], 200, 0)).toEqual({ count: 0, over: [], longestMs: 0 });
  });
});

describe('millionTable', () => {
  const run = {
    events: 1_000_000,
    figures: 230_229,
    firstRenderMs: 12_171.2,
    megabytes: 134.52,
    afterFirstView: summarizeLongTasks(tasks, 200, 1000, 5000),
    zoomAndPan: summarizeLongTasks(tasks, 200, 5000, 5500),
    zoomStepsMs: [40, 90, 30],
    heapMB: 435.4,
    limitMs: 200,
  };

  it('says which tasks broke the limit, and that the goal was missed', () => {
    const table = millionTable(run);
    expect(table).toContain('1,000,000 events, 230,229 figures');
    expect(table).toContain(
      '| first render (navigation to the first painted frame with event marks) | 12,171 ms |',
    );
    expect(table).toContain(
      '| main-thread tasks over 200 ms after the first view, until its data is checked | 1 (250 ms) |',
    );
    expect(table).toContain('| main-thread tasks over 200 ms while zooming and panning | none |');
    expect(table).toContain('| zoom step from the input event, p95 | 90 ms |');
    expect(table).toContain('Stretch goal missed');
  });

  it('says the goal was met when no task broke the limit', () => {
    const table = millionTable({ ...run, afterFirstView: summarizeLongTasks(tasks, 200, 1500, 5000) });
    expect(table).toContain('Stretch goal met');
  });
});
