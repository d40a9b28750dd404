import { describe, expect, it } from 'vitest';
import { checkBudgets } from './budgets';
import { measured, notMeasured } from './results';
import { budgetLines, formatValue, markdownTable, spread, tableRows, textTable } from './table';

const results = [
  measured(
    { id: 'zoom', label: 'Zoom step, 10k events', group: 'browser', unit: 'ms' },
    { median: 9.5, min: 4, max: 61, runs: 3, p95: 15.25, samples: 120 },
  ),
  notMeasured({ id: 'png', label: 'PNG export | 2x', group: 'browser', unit: 'ms' }, 'no export menu'),
];
const outcomes = checkBudgets(
  [
    { id: 'zoom', stat: 'p95', limit: 16.7, unit: 'ms', target: '' },
    { id: 'zoom', stat: 'max', limit: 50, unit: 'ms', target: '' },
    { id: 'png', stat: 'median', limit: 500, unit: 'ms', target: '' },
  ],
  results,
);

describe('formatValue', () => {
  it('formats milliseconds, bytes as KB of 1024 bytes, and megabytes', () => {
    expect(formatValue(3.14159, 'ms')).toBe('3.14 ms');
    expect(formatValue(42.26, 'ms')).toBe('42.3 ms');
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(formatValue(133_120, 'bytes')).toBe('130.0 KB');
    expect(formatValue(12.345, 'MB')).toBe('12.3 MB');
    expect(formatValue(1234, 'elements')).toBe('1,234 elements');
  });
});

describe('spread', () => {
  it('says how far apart the runs were, relative to the median', () => {
    expect(spread(90, 110, 100)).toBe('20%');
    expect(spread(5, 5, 5)).toBe('');
  });
});

describe('tableRows', () => {
  it('shows statistics, every budget of a measure, and why a measure is missing', () => {
    expect(tableRows(results, outcomes)).toEqual([
      [
        'Zoom step, 10k events',
        '9.50 ms',
        '15.3 ms',
        '4.00 ms',
        '61.0 ms',
        '600%',
        '3 (120 steps)',
        'p95 < 16.7 ms: met; max < 50.0 ms: MISSED by 11.0 ms',
      ],
      [
        'PNG export | 2x',
        'not measured: no export menu',
        '',
        '',
        '',
        '',
        '',
        'median < 500 ms: not measured',
      ],
    ]);
  });
});

describe('textTable and markdownTable', () => {
  it('align columns in text and escape pipes in Markdown', () => {
    const rows = tableRows(results, outcomes);
    const text = textTable(rows, 200).split('\n');
    expect(text[0]?.startsWith('Measure')).toBe(true);
    expect(text[1]).toMatch(/^-+ {2}-+/);
    expect(text).toHaveLength(4);
    const markdown = markdownTable(rows).split('\n');
    expect(markdown[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(markdown[3]).toContain('PNG export \\| 2x');
  });

  it('wraps long cells onto extra lines in text', () => {
    const text = textTable([['a'.repeat(25), '', '', '', '', '', '']], 10);
    const first = text.split('\n').map((line) => line.split(' ')[0]);
    expect(first.filter((cell) => cell?.startsWith('a'))).toEqual([
      'a'.repeat(10),
      'a'.repeat(10),
      'a'.repeat(5),
    ]);
  });
});

describe('textTable with a measure that was not taken', () => {
  it('runs the reason over the empty statistics columns', () => {
    const rows = tableRows(results, outcomes);
    const line = textTable(rows, 200)
      .split('\n')
      .find((l) => l.startsWith('PNG export'));
    expect(line).toMatch(/^PNG export \| 2x\s+not measured: no export menu\s+median < 500 ms: not measured$/);
  });
});

describe('budgetLines', () => {
  it('says each budget is met, missed by a value against its limit in the unit, or unknown and why', () => {
    const lines = budgetLines(
      checkBudgets(
        [
          { id: 'zoom', stat: 'p95', limit: 16.7, unit: 'ms', target: 'Zoom p95' },
          { id: 'zoom', stat: 'max', limit: 50, unit: 'ms', target: 'Zoom worst' },
          { id: 'png', stat: 'median', limit: 500, unit: 'ms', target: 'PNG' },
        ],
        results,
      ),
    );
    expect(lines).toEqual([
      '  met      Zoom p95 (zoom, p95)',
      '  MISSED   Zoom worst (zoom, max): 61.0 ms against 50.0 ms',
      '  UNKNOWN  PNG (png, median): not measured (no export menu)',
    ]);
  });

  it('gives bytes in KB', () => {
    const js = measured(
      { id: 'js', label: 'JS', group: 'browser', unit: 'bytes' },
      { median: 153_088, min: 153_088, max: 153_088, runs: 2 },
    );
    const [line] = budgetLines(
      checkBudgets([{ id: 'js', stat: 'median', limit: 133_120, unit: 'bytes', target: 'JS' }], [js]),
    );
    expect(line).toBe('  MISSED   JS (js, median): 149.5 KB against 130.0 KB');
  });
});
