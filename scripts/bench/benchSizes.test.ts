import { describe, expect, it } from 'vitest';
import { benchDataPath, generateDatasets, SIZE_LABELS } from './benchSizes';

describe('bench sizes', () => {
  it('loads the shipped dataset first, then the generated ones from smallest to largest', () => {
    expect(SIZE_LABELS).toEqual(['seed', '1k', '10k', '100k']);
    expect(benchDataPath('10k')).toBe('bench-data/10k.json');
  });

  it('generates only the sizes asked for, the same text on every call', () => {
    const first = generateDatasets(['seed', '1k']);
    expect([...first.keys()]).toEqual(['1k']);
    const events = (JSON.parse(first.get('1k') ?? '{}') as { events: unknown[] }).events;
    expect(events).toHaveLength(1_000);
    expect(generateDatasets(['1k']).get('1k')).toBe(first.get('1k'));
  });
});
