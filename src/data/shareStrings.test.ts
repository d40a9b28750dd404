import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { MAX_SHARED_LENGTH, shareStrings } from './shareStrings';

const committed = readFileSync('public/data/dataset.json', 'utf8');

describe('shareStrings', () => {
  it('leaves every value of the committed dataset as parsed', async () => {
    const json: unknown = JSON.parse(committed);
    await shareStrings(json);
    expect(json).toEqual(JSON.parse(committed));
  });

  it('keeps strings in nested arrays and objects, long and short, and leaves other values alone', async () => {
    const long = 'x'.repeat(MAX_SHARED_LENGTH + 1);
    const json = {
      title: 'same',
      list: ['same', 'same', long, 3, null, true, [{ deep: ['same', long] }]],
      nested: { a: 'same', b: { c: long, d: 0 } },
    };
    const before = structuredClone(json);
    await shareStrings(json);
    expect(json).toEqual(before);
  });

  it('yields to other tasks while it walks a large collection, and finishes it', async () => {
    const events = Array.from({ length: 5_000 }, (_, i) => ({
      id: `ev-${String(i)}`,
      kind: 'statement',
      actors: ['ukraine', 'poland'],
    }));
    const now = vi.spyOn(performance, 'now');
    // Every reading of the clock is 10 ms after the last: each check of the slice says it is over.
    let clock = 0;
    now.mockImplementation(() => (clock += 10));
    let otherTaskRan = false;
    setTimeout(() => {
      otherTaskRan = true;
    }, 0);
    const sharing = shareStrings({ events });
    expect(otherTaskRan).toBe(false);
    await sharing;
    now.mockRestore();
    expect(otherTaskRan).toBe(true);
    expect(events[4_999]).toEqual({ id: 'ev-4999', kind: 'statement', actors: ['ukraine', 'poland'] });
  });

  it('accepts values that hold no strings', async () => {
    await expect(shareStrings(null)).resolves.toBeUndefined();
    await expect(shareStrings(42)).resolves.toBeUndefined();
  });
});
